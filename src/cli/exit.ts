/** The CLI's exit codes, the contract scripts rely on. */
export const EXIT = {
  ok: 0,
  /** Some document has validation errors (or, for build, failed). */
  invalid: 1,
  /** Bad arguments, or input that could not be read or encoded. */
  usage: 2,
} as const;
