#!/usr/bin/env node
// mission-agenda: the organiser's command line.
// - convert: a programme (a spreadsheet, a folder of CSV files, our feed, a frab/pretalx schedule.json or a
//   Pentabarf/frab schedule.xml) into a checked version 1 feed, or a feed into the spreadsheet template;
// - template: the empty spreadsheet template.
// The work is done by dist/cli/*.js (built by scripts/build-cli.mjs); this file reads and writes files.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';

const USAGE = `Usage:
  mission-agenda convert <input|-> [-o <output>] [--to json|xlsx|csv] [--format <format>] [--time-zone <zone>]
  mission-agenda template [-o <output>] [--to xlsx|csv]

convert reads a programme and validates it:
  <input>       a spreadsheet (.xlsx), a folder of CSV files (one per sheet: mission.csv, activities.csv, …),
                a mission-agenda feed, a frab/pretalx schedule.json or a Pentabarf/frab schedule.xml ("-" reads stdin)
  -o, --output  where to write (default: stdout for JSON; required for xlsx and csv)
  --to          json (default): the feed; xlsx: the spreadsheet template filled in; csv: a folder of CSV files
  --format      auto (default, detected from the content), mission, frab-json or frab-xml, for text input
  --time-zone   IANA zone for schedules whose times carry neither an offset nor a zone, e.g. Europe/Brussels

template writes the empty spreadsheet template (default mission-programme.xlsx).

Every error and warning goes to stderr, named by sheet, cell and column (Activities!E14 (start)) or JSON path.
Exit status: 0 converted completely (warnings allowed), 1 something was left out or nothing could be converted,
2 usage or input problem.`;

const FORMATS = ['auto', 'mission', 'frab-json', 'frab-xml'];
const TARGETS = ['json', 'xlsx', 'csv'];

/** Whether `zone` is a time zone this Node knows. */
function knownZone(zone) {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `{ command, input, output, to, format, timeZone }` from the arguments, or `{ problem }`. */
function parseArgs(argv) {
  const [command, ...args] = argv;
  if (command !== 'convert' && command !== 'template')
    return { problem: command ? `unknown command ${command}` : 'no command' };
  const options = { command, to: command === 'template' ? 'xlsx' : 'json', format: 'auto' };
  const files = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const long = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    const name = arg === '-o' ? 'output' : long?.[1];
    if (name !== undefined) {
      const takesValue = ['output', 'to', 'format', 'time-zone'].includes(name);
      if (!takesValue) return { problem: `unknown option ${arg}` };
      const value = long?.[2] ?? args[++i];
      if (value === undefined) return { problem: `${arg} needs a value` };
      if (name === 'format' && !FORMATS.includes(value)) return { problem: `unknown format ${JSON.stringify(value)}` };
      if (name === 'to' && !TARGETS.includes(value)) return { problem: `cannot write ${JSON.stringify(value)}` };
      if (name === 'time-zone' && !knownZone(value)) return { problem: `unknown time zone ${JSON.stringify(value)}` };
      options[name === 'time-zone' ? 'timeZone' : name] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return { problem: `unknown option ${arg}` };
    } else {
      files.push(arg);
    }
  }
  if (command === 'template') {
    if (files.length) return { problem: 'template takes no input file' };
    if (options.to === 'json') return { problem: 'the template is a spreadsheet: --to xlsx or csv' };
    options.output ??= options.to === 'csv' ? 'mission-programme' : 'mission-programme.xlsx';
    return options;
  }
  if (files.length === 0) return { problem: 'no file given' };
  if (files.length > 1) return { problem: 'only one file can be converted at a time' };
  if (options.to !== 'json' && !options.output) return { problem: `--to ${options.to} needs -o <output>` };
  return { ...options, input: files[0] };
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const plural = (n, word) => `${n} ${n === 1 ? word : word.replace(/y$/, 'ie') + 's'}`;

/** Reads and converts `input`: `{ result, source }`, or throws an input problem (`error.input`). */
async function convertInput(tools, input, options) {
  if (input !== '-' && (await stat(input)).isDirectory()) {
    const names = (await readdir(input)).filter((n) => extname(n).toLowerCase() === '.csv').sort();
    if (!names.length) throw Object.assign(new Error(`no CSV files in ${input}`), { input: true });
    const sheets = [];
    for (const name of names) sheets.push(tools.readCsv(name, await readFile(join(input, name))));
    return { result: tools.convertSheets(sheets), source: 'csv' };
  }
  const bytes = input === '-' ? await readStdin() : await readFile(input);
  if (tools.looksLikeXlsx(bytes)) {
    let sheets;
    try {
      sheets = await tools.readWorkbook(bytes);
    } catch (error) {
      return {
        result: {
          source: 'unknown',
          errors: [{ path: '$', message: `Not a readable spreadsheet: ${error.message}` }],
          warnings: [],
        },
        source: 'xlsx',
      };
    }
    return { result: tools.convertSheets(sheets), source: 'xlsx' };
  }
  if (input !== '-' && extname(input).toLowerCase() === '.csv')
    return { result: tools.convertSheets([tools.readCsv(basename(input), bytes)]), source: 'csv' };
  const text = bytes.toString('utf8');
  if (options.format !== 'auto') {
    const result = tools.importProgramme(text.replace(/^\uFEFF/, ''), {
      format: options.format,
      ...(options.timeZone ? { eventZone: options.timeZone } : {}),
    });
    return { result: { ...result, source: result.format }, source: result.format };
  }
  const result = tools.convertText(text, options.timeZone ? { eventZone: options.timeZone } : {});
  return { result, source: result.source };
}

/** Writes the sheets of `feed` (or of the empty template) as .xlsx or a folder of CSV files. */
async function writeSheets(tools, feed, options) {
  const out = tools.feedToSheets(feed, { template: true });
  if (options.to === 'xlsx') {
    await writeFile(options.output, await tools.writeWorkbook(out, { readme: tools.templateReadme() }));
  } else {
    await mkdir(options.output, { recursive: true });
    for (const table of out.sheets)
      await writeFile(join(options.output, `${table.spec.name.toLowerCase()}.csv`), tools.writeCsv(table));
  }
  return out.dropped;
}

async function main(argv) {
  if (['--help', '-h', 'help'].includes(argv[0])) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const options = parseArgs(argv);
  if (options.problem) {
    process.stderr.write(`mission-agenda: ${options.problem}\n\n${USAGE}\n`);
    return 2;
  }
  let tools;
  try {
    tools = await import(new URL('../dist/cli/organiser.js', import.meta.url).href);
  } catch {
    process.stderr.write('mission-agenda: the converter is not built; run "npm run build" first.\n');
    return 2;
  }
  if (options.command === 'template') {
    await writeSheets(tools, undefined, options);
    process.stderr.write(`mission-agenda: wrote the template to ${options.output}\n`);
    return 0;
  }
  let converted;
  try {
    converted = await convertInput(tools, options.input, options);
  } catch (error) {
    if (error.code || error.input) {
      process.stderr.write(`mission-agenda: cannot read ${options.input}: ${error.code ?? error.message}\n`);
      return 2;
    }
    throw error;
  }
  const { result, source } = converted;
  if (result.feed !== undefined) {
    if (options.to === 'json') {
      const json = `${JSON.stringify(result.feed, null, 2)}\n`;
      if (options.output) await writeFile(options.output, json);
      else process.stdout.write(json);
    } else {
      const dropped = await writeSheets(tools, result.feed, options);
      for (const path of dropped)
        process.stderr.write(
          `warning ${path}: the spreadsheet has no column for this; it is not in ${options.output}\n`,
        );
    }
  }
  for (const issue of result.errors) process.stderr.write(`error ${tools.formatIssue(issue)}\n`);
  for (const issue of result.warnings) process.stderr.write(`warning ${tools.formatIssue(issue)}\n`);
  const count = result.programme ? plural(result.programme.activities.length, 'activity') : 'no programme';
  const summary = `${count}, ${plural(result.errors.length, 'error')}, ${plural(result.warnings.length, 'warning')}`;
  process.stderr.write(`mission-agenda: ${options.input} (${source}): ${summary}\n`);
  return result.errors.length ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
