#!/usr/bin/env node
// mission-agenda convert <file>: turns a programme (our feed, a frab/pretalx schedule.json or a Pentabarf/frab
// schedule.xml) into a version 1 feed on stdout, with the validator's findings on stderr.
import { readFile } from 'node:fs/promises';

const USAGE = `Usage: mission-agenda convert <file|-> [--format auto|mission|frab-json|frab-xml]

Converts a programme into a mission-agenda feed (version 1 JSON) and validates it.
  <file>     a mission-agenda feed, a frab/pretalx schedule.json or a Pentabarf/frab schedule.xml ("-" reads stdin)
  --format   the input format (default: auto, detected from the content)

Prints the feed on stdout and every error and warning on stderr.
Exit status: 0 valid (warnings allowed), 1 errors found, 2 usage or input problem.`;

const FORMATS = ['auto', 'mission', 'frab-json', 'frab-xml'];

/** `{ file, format }` from the arguments after `convert`, or a usage message. */
function parseArgs(args) {
  let file;
  let format = 'auto';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (!FORMATS.includes(format)) return { problem: `unknown format ${JSON.stringify(format ?? '')}` };
    } else if (arg.startsWith('-') && arg !== '-') {
      return { problem: `unknown option ${arg}` };
    } else if (file === undefined) {
      file = arg;
    } else {
      return { problem: 'only one file can be converted at a time' };
    }
  }
  return file === undefined ? { problem: 'no file given' } : { file, format };
}

async function readInput(file) {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const args =
    command === 'convert' ? parseArgs(rest) : { problem: command ? `unknown command ${command}` : 'no command' };
  if (args.problem) {
    process.stderr.write(`mission-agenda: ${args.problem}\n\n${USAGE}\n`);
    return 2;
  }
  let importProgramme;
  try {
    ({ importProgramme } = await import(new URL('../dist/cli/convert.js', import.meta.url).href));
  } catch {
    process.stderr.write('mission-agenda: the converter is not built; run "npm run build" first.\n');
    return 2;
  }
  let text;
  try {
    text = await readInput(args.file);
  } catch (error) {
    process.stderr.write(`mission-agenda: cannot read ${args.file}: ${error.code ?? error.message}\n`);
    return 2;
  }
  const result = importProgramme(text.replace(/^\uFEFF/, ''), { format: args.format });
  if (result.feed !== undefined) process.stdout.write(`${JSON.stringify(result.feed, null, 2)}\n`);
  for (const { path, message } of result.errors) process.stderr.write(`error ${path}: ${message}\n`);
  for (const { path, message } of result.warnings) process.stderr.write(`warning ${path}: ${message}\n`);
  const count = result.programme ? `${result.programme.activities.length} activities` : 'no programme';
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = `${count}, ${plural(result.errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}`;
  process.stderr.write(`mission-agenda: ${args.file} (${result.format}): ${summary}\n`);
  return result.errors.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
