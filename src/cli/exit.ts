/** The CLI's exit codes, the contract scripts rely on, the same for every command. */
export const EXIT = {
  ok: 0,
  /** Findings: some document has validation errors, or (build) failed. */
  invalid: 1,
  /** Bad arguments, an input that cannot be read, decoded or parsed, an output that would overwrite an input. */
  usage: 2,
} as const;

/** The contract as every command's --help prints it, with what 1 and 2 mean for that command. */
export function exitCodesHelp(meaning: { invalid: string; usage: string; more?: string }): string {
  return [
    '',
    'Exit codes (the same for every command):',
    '  0  done, with no errors (warnings may have been printed)',
    `  1  findings: ${meaning.invalid}`,
    `  2  usage or input errors: ${meaning.usage}`,
    ...(meaning.more ? [meaning.more] : []),
  ].join('\n');
}
