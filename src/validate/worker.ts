/**
 * A worker of `validate FILE…`: prepares a validator once per set of options (the schemas take a
 * fraction of a second to load) and checks one file a task. Compiled to dist/validate/worker.js,
 * which the pool starts.
 */
import { createValidator, type Checked, type Validator, type ValidatorOptions } from './index.js';

export interface ValidateTask {
  /** The file's bytes, read by the coordinator (which reports files it cannot read); none to only prepare the validator. */
  bytes?: Uint8Array;
  file?: string;
  options: ValidatorOptions;
}

const validators = new Map<string, Promise<Validator>>();

/** A file's findings; or, for a task without a file, nothing once the validator is ready. */
export default async function run(task: ValidateTask): Promise<Checked | undefined> {
  const key = JSON.stringify(task.options);
  let validator = validators.get(key);
  if (!validator) {
    validator = createValidator(task.options);
    validators.set(key, validator);
  }
  const ready = await validator;
  return task.bytes === undefined ? undefined : ready.check(task.bytes, task.file ?? '');
}
