import { InvalidArgumentError, type Command } from 'commander';
import { decodeXml, DEFAULT_MAX_BYTES } from '../model/decode-xml.js';
import { PositionedError } from '../model/diagnostic.js';
import { readInputFile } from '../model/input.js';
import { EXIT, exitCodesHelp } from './exit.js';
import { describeFailure, publicationUrl, refuseOverwrite, writeOutput, type Output } from './io.js';

export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of 1 or more');
  return n;
}

const HELP = `
IN is read as XML says: its byte-order mark, else the encoding its declaration names, else UTF-8.
${exitCodesHelp({
  invalid: 'not used by publish, which does not validate (`tei-telegram validate` does)',
  usage: 'bad arguments; IN missing, not decodable or not well-formed XML, or not\n     TEI the stylesheets can publish; an output being IN, the other output, or in a\n     folder that does not exist',
})}`;

interface PublishCommandOptions {
  html?: string;
  text?: string;
  width?: number;
  url?: string;
}

export function registerPublishCommand(program: Command): void {
  program
    .command('publish')
    .description('publish a TEI document as an HTML edition and a plain-text edition')
    .argument('<in>', 'the TEI file (ours or anyone’s)')
    .option('--html <file>', 'write the HTML edition here')
    .option('--text <file>', 'write the plain-text edition here')
    .option('--width <n>', 'wrap the text edition at n columns', positiveInteger)
    .option('--url <url>', 'the address the HTML edition is published at: its citation gives it', publicationUrl)
    .addHelpText('after', HELP)
    .action(async (input: string, options: PublishCommandOptions, command: Command) => {
      if (!options.html && !options.text) command.error('error: give --html, --text or both', { exitCode: EXIT.usage });
      process.exitCode = await runPublish(input, options);
    });
}

async function runPublish(input: string, options: PublishCommandOptions): Promise<number> {
  const outputs: Output[] = [];
  if (options.html) outputs.push({ option: '--html', path: options.html });
  if (options.text) outputs.push({ option: '--text', path: options.text });
  try {
    refuseOverwrite([input], outputs);
    const decoded = decodeXml(await readInputFile(input, input, DEFAULT_MAX_BYTES), input);
    if ('error' in decoded) throw new PositionedError(decoded.error);
    // Loaded here, not at start-up: saxon-js alone is some 80 MB, which build's coordinator never needs.
    const { createPublisher } = await import('../publish/index.js');
    const [outcome] = createPublisher().editions([{ tei: decoded.text, file: input, url: options.url }], { width: options.width });
    if ('error' in outcome!) throw outcome.error;
    const { editions } = outcome!;
    if (options.html) await writeOutput(options.html, editions.html);
    if (options.text) await writeOutput(options.text, editions.text);
    return EXIT.ok;
  } catch (error) {
    process.stderr.write(`${describeFailure(error, input)}\n`);
    return EXIT.usage;
  }
}
