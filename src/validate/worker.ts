/**
 * A worker of `validate FILE…`: prepares a validator once per set of options (the schemas take a
 * fraction of a second to load), then reads and checks one file a task. It reads the file itself:
 * the coordinator, which validates too, would otherwise spend its time reading (and copying to the
 * worker) the bytes of every file, and the worker would wait on it. Compiled to
 * dist/validate/worker.js, which the pool starts.
 */
import { DEFAULT_MAX_BYTES } from '../model/decode-xml.js';
import { PositionedError, type Diagnostic } from '../model/diagnostic.js';
import { readInputFileSync } from '../model/input.js';
import { createValidator, type Checked, type Validator, type ValidatorOptions } from './index.js';

export interface ValidateTask {
  /** The file to read and check; none to only prepare the validator. */
  file?: string;
  options: ValidatorOptions;
}

/** A file's findings, or why it could not be read (positioned, as readInputFile refuses it). */
export type ValidateResult = { checked: Checked } | { unreadable: Diagnostic };

const validators = new Map<string, Promise<Validator>>();

/** A file's findings; or, for a task without a file, nothing once the validator is ready. */
export default async function run(task: ValidateTask): Promise<ValidateResult | undefined> {
  const key = JSON.stringify(task.options);
  let validator = validators.get(key);
  if (!validator) {
    validator = createValidator(task.options);
    validators.set(key, validator);
  }
  const ready = await validator;
  if (task.file === undefined) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = readInputFileSync(task.file, task.file, DEFAULT_MAX_BYTES);
  } catch (error) {
    // A class does not cross threads; its diagnostic does.
    if (error instanceof PositionedError) return { unreadable: error.diagnostic };
    throw error;
  }
  return { checked: ready.check(bytes, task.file) };
}
