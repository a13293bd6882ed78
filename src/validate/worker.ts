/**
 * A worker of `validate FILE…`: prepares a validator once per set of options (the schemas take a
 * fraction of a second to load) and checks one file a task. Compiled to dist/validate/worker.js,
 * which the pool starts.
 */
import { createValidator, type Checked, type Validator, type ValidatorOptions } from './index.js';

export interface ValidateTask {
  /** The file's bytes, read by the coordinator (which reports files it cannot read). */
  bytes: Uint8Array;
  file: string;
  options: ValidatorOptions;
}

const validators = new Map<string, Promise<Validator>>();

export default async function run(task: ValidateTask): Promise<Checked> {
  const key = JSON.stringify(task.options);
  let validator = validators.get(key);
  if (!validator) {
    validator = createValidator(task.options);
    validators.set(key, validator);
  }
  return (await validator).check(task.bytes, task.file);
}
