// The start-up part of `npm run bench`: how much time the bundled CLI adds to a bare `node -e 0`
// for `--help` and for an analysis of a small tree with no token and no baseline (the service
// clients are not loaded for either). The commands take turns, RUNS rounds, and the figures are
// medians: wall time, and the process's own CPU time (user + system, from process.resourceUsage()
// at exit, written by a preload). Target: within 0.3 s of `node -e 0`. Figures only; a shared
// machine's timings decide nothing.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticCriterionTree } from '../__tests__/helpers/synthetic.js';

const RUNS = 9;
const TARGET_SECONDS = 0.3;
const TREE_SIZE = 20;

interface Timing {
  wall: number;
  cpu: number;
}

const PRELOAD = `process.on('exit', () => {
  require('node:fs').writeFileSync(process.env.STARTUP_USAGE_FILE, JSON.stringify(process.resourceUsage()));
});
`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One run of `node <args>` in a clean environment (no token, no GitHub event). */
function timeOnce(args: readonly string[], dir: string): Timing {
  const usageFile = path.join(dir, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, ['--require', path.join(dir, 'usage.cjs'), ...args], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', STARTUP_USAGE_FILE: usageFile },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8'
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0)
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as NodeJS.ResourceUsage;
  return { wall, cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
}

/** Prints the start-up table for the CLI bundle under `root` (the repository). */
export function benchStartup(root: string): void {
  const cli = path.join(root, 'dist', 'cli', 'index.js');
  if (!existsSync(cli)) {
    console.log(`start-up: ${cli} does not exist; run npm run bundle first`);
    return;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'copybook-bench-startup-'));
  try {
    writeFileSync(path.join(dir, 'usage.cjs'), PRELOAD);
    const tree = path.join(dir, 'criterion');
    writeSyntheticCriterionTree(tree, TREE_SIZE, { seed: 7 });
    const commands = [
      { name: 'node -e 0', args: ['-e', '0'] },
      { name: 'copybook-bench --help', args: [cli, '--help'] },
      {
        name: `copybook-bench analyze (${TREE_SIZE} benchmarks)`,
        args: [
          cli,
          'analyze',
          '--criterion-dir',
          tree,
          '--report-dir',
          path.join(dir, 'report'),
          '--fail-on',
          'none'
        ]
      }
    ].map((command) => ({ ...command, samples: [] as Timing[] }));
    // Rounds, not one command at a time: a change in the machine's load falls on every command.
    for (let round = 0; round < RUNS; round++) {
      for (const command of commands) command.samples.push(timeOnce(command.args, dir));
    }
    const results = commands.map(({ name, samples }) => ({
      name,
      wall: median(samples.map((t) => t.wall)),
      cpu: median(samples.map((t) => t.cpu))
    }));
    const [bare, ...bundled] = results as [(typeof results)[0], ...typeof results];

    const seconds = (n: number) => n.toFixed(3).padStart(10);
    const extra = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(3)}`;
    console.log(`\nstart-up (median of ${RUNS} runs; CPU is the process's own user + system time)`);
    console.log(
      `${'command'.padEnd(40)}${'wall (s)'.padStart(10)}${'CPU (s)'.padStart(10)}${'+wall'.padStart(10)}${'+CPU'.padStart(10)}`
    );
    console.log(`${bare.name.padEnd(40)}${seconds(bare.wall)}${seconds(bare.cpu)}`);
    for (const r of bundled) {
      console.log(
        `${r.name.padEnd(40)}${seconds(r.wall)}${seconds(r.cpu)}${extra(r.wall - bare.wall).padStart(10)}${extra(r.cpu - bare.cpu).padStart(10)}`
      );
    }
    for (const r of bundled) {
      const wall = r.wall - bare.wall;
      const cpu = r.cpu - bare.cpu;
      const ok = wall <= TARGET_SECONDS && cpu <= TARGET_SECONDS;
      console.log(
        `${ok ? 'ok  ' : 'MISS'} ${r.name}: ${extra(wall)} s wall, ${extra(cpu)} s CPU over node -e 0 (target within ${TARGET_SECONDS} s)`
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
