#!/usr/bin/env node
/**
 * Proves the test suite does not depend on the machine's speed: runs the README's test command (`npm test`) several
 * times in a row (5 by default) while two CPU-bound processes run beside it, and fails if any run fails.
 * Not part of CI: it takes a while (five full test runs on a busy machine).
 *
 *   node scripts/stress-tests.mjs                      # npm test, 5 times, 2 busy processes
 *   node scripts/stress-tests.mjs --runs 3 --busy 4
 *   node scripts/stress-tests.mjs --command "npx wtr test/reliability/refresh.test.ts"
 *
 * The output of each run is kept in `tmp/stress-logs/run-<n>.log`.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, createWriteStream } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    busy: { type: 'string', default: '2' },
    command: { type: 'string', default: 'npm test' },
  },
});
const runs = Math.max(1, Number(values.runs) || 5);
const busyCount = Math.max(0, Number(values.busy) || 0);

/** A process that keeps one core busy (hashing in a loop) until it is killed. */
function busyProcess() {
  const code = `const { createHash } = require('node:crypto');
let data = Buffer.alloc(1 << 16, 1);
for (;;) data = createHash('sha256').update(data).digest().length ? data : data;`;
  return spawn(process.execPath, ['-e', code], { stdio: 'ignore' });
}

/** Runs the command in a shell, its output to `log`; resolves with its exit code. */
function run(command, log) {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

mkdirSync('tmp/stress-logs', { recursive: true });
const busy = Array.from({ length: busyCount }, busyProcess);
const stopBusy = () => {
  for (const child of busy) if (child.exitCode === null) child.kill();
};
process.on('SIGINT', () => {
  stopBusy();
  process.exit(130);
});

const results = [];
try {
  console.log(`Running "${values.command}" ${runs} times beside ${busyCount} CPU-bound processes.`);
  for (let i = 1; i <= runs; i++) {
    const file = `tmp/stress-logs/run-${i}.log`;
    const log = createWriteStream(file);
    const started = Date.now();
    const code = await run(values.command, log);
    log.end();
    const seconds = Math.round((Date.now() - started) / 1000);
    results.push(code);
    console.log(`run ${i}/${runs}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${seconds} s — ${file}`);
  }
} finally {
  stopBusy();
}

const failed = results.filter((code) => code !== 0).length;
console.log(failed ? `${failed} of ${runs} runs failed.` : `All ${runs} runs passed.`);
process.exit(failed ? 1 : 0);
