// `npm run bench`: how fast and how lean the analysis is on synthetic criterion result trees of
// 100, 1,000 and 10,000 benchmarks. Each size is measured in a fresh child process (so one size's
// heap does not count against the next), three times, keeping the fastest run.
// Targets on a 2-core machine: 10,000 benchmarks in under 1 s and 200 MB peak RSS, and cost that
// grows linearly (10k/1k time ratio under 12). Then, for information, 50,000 benchmarks and the
// other scale figures (bench-scale.ts; `--scale` runs only those), and the bundled CLI's start-up
// (bench-startup.ts; `--startup` runs only that part). And a merge job's cost: 8 shard reports of
// 1,250 benchmarks each joined into one report, against analyzing the 10,000 in one process
// (target: under 1.5 times; `--merge` runs only that part).

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSyntheticCriterionTree } from '../__tests__/helpers/synthetic.js';
import { gather } from '../src/app/gather.js';
import { joinShards } from '../src/app/merge.js';
import type { Plan, RunSettings } from '../src/app/plan.js';
import type { Ports } from '../src/app/ports.js';
import { prepare } from '../src/app/prepare.js';
import { execute } from '../src/app/run.js';
import { analyze } from '../src/core/analyze.js';
import type { Log } from '../src/core/log.js';
import type { PerfReport } from '../src/core/model.js';
import { checkedJsonText } from '../src/core/report/schema.js';
import { planDigest, planShards } from '../src/core/shard/plan.js';
import { realPorts } from '../src/real-ports.js';
import { benchScale } from './bench-scale.js';
import { benchStartup } from './bench-startup.js';

const SIZES = [100, 1_000, 10_000];
const RUNS = 3;
/** The repository: this script runs as build/bench/index.js. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const quiet: Log = { info: () => {}, warning: () => {}, error: () => {}, group: (_name, fn) => fn() };

interface Sample {
  seconds: number;
  peakRssBytes: number;
  benchmarks: number;
}

/** The settings of a run over `dir`, as the CLI's `analyze` makes them. */
function settingsOver(dir: string, inputs: Record<string, string>): RunSettings {
  return { inputs, cwd: dir, workspace: dir, baseline: { kind: 'none' }, upload: false };
}

/** The analysis of a plan's results and its perf.json, without the other documents. */
async function analyzeOnly(plan: Plan, ports: Ports): Promise<PerfReport> {
  const gathered = await gather(plan, null, ports);
  const { report } = analyze({
    config: plan.config,
    results: gathered.results,
    facts: gathered.facts,
    findings: gathered.findings,
    shard: gathered.shard
  });
  mkdirSync(plan.paths.reportDir.path, { recursive: true });
  await ports.files.write(
    path.join(plan.paths.reportDir.path, 'perf.json'),
    checkedJsonText('perf.json', report)
  );
  return report;
}

/** Child mode: analyze one tree and print the figures as JSON. */
async function measure(dir: string, withDocuments: boolean): Promise<void> {
  const started = process.hrtime.bigint();
  const inputs = {
    run: 'false',
    'criterion-dir': dir,
    'report-dir': path.join(dir, '..', 'report'),
    'fail-on': 'none'
  };
  const ports = realPorts({ log: quiet, env: {} });
  const plan = await prepare(settingsOver(dir, inputs), ports);
  // The pages and the audit record too, as a whole run writes them after the analysis.
  const report = withDocuments
    ? (await execute(plan, ports)).result.analysis.report
    : await analyzeOnly(plan, ports);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const sample: Sample = {
    seconds,
    // resourceUsage().maxRSS is in KiB.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    benchmarks: report.benchmarks.length
  };
  process.stdout.write(JSON.stringify(sample));
}

/** Child mode: merge the shard reports in `dir` (each in a folder of its own), as a merge job does. */
async function measureMerge(dir: string): Promise<void> {
  const started = process.hrtime.bigint();
  const inputs = {
    mode: 'merge',
    'shard-reports': dir,
    'report-dir': path.join(dir, '..', 'merged'),
    'fail-on': 'none'
  };
  const ports = realPorts({ log: quiet, env: {} });
  const plan = await prepare(settingsOver(dir, inputs), ports);
  const joined = await joinShards(plan, ports);
  if ('problem' in joined || joined.groups.length !== 1 || !joined.groups[0])
    throw new Error(
      `the shards did not merge: ${'problem' in joined ? joined.problem : `${joined.groups.length} testbeds`}`
    );
  const report = await analyzeOnly({ ...plan, origin: { kind: 'merged', group: joined.groups[0] } }, ports);
  const sample: Sample = {
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    benchmarks: report.benchmarks.length
  };
  process.stdout.write(JSON.stringify(sample));
}

/**
 * The merge of `shards` shard reports that together hold `count` benchmarks, made from one analysis
 * of a synthetic tree split by the plan (as the shard jobs would have written them).
 */
function runMerge(count: number, shards: number): Sample {
  const root = mkdtempSync(path.join(os.tmpdir(), `copybook-merge-${count}-`));
  const dir = path.join(root, 'criterion');
  try {
    writeSyntheticCriterionTree(dir, count, { seed: 7, baseline: true });
    execFileSync(process.execPath, [process.argv[1] as string, '--measure', dir], { encoding: 'utf8' });
    const whole = JSON.parse(readFileSync(path.join(root, 'report', 'perf.json'), 'utf8')) as PerfReport;
    const plan = planShards(
      whole.benchmarks.map((b) => b.id),
      shards
    );
    const byId = new Map(whole.benchmarks.map((b) => [b.id, b]));
    for (const [i, ids] of plan.shards.entries()) {
      const shardDir = path.join(root, 'shards', `shard-${i + 1}`);
      mkdirSync(shardDir, { recursive: true });
      const report: PerfReport = {
        ...whole,
        benchmarks: ids.map((id) => byId.get(id)).filter((b) => b !== undefined),
        shard: {
          index: i + 1,
          count: shards,
          plan: planDigest(plan),
          method: plan.method,
          listed: count,
          ids,
          testbed: 'default',
          os: 'Linux'
        }
      };
      writeFileSync(path.join(shardDir, 'perf.json'), JSON.stringify(report));
    }
    const samples: Sample[] = [];
    for (let i = 0; i < RUNS; i++) {
      const args = [process.argv[1] as string, '--measure-merge', path.join(root, 'shards')];
      samples.push(JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Sample);
    }
    const best = samples.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    if (best.benchmarks !== count) throw new Error(`merged ${best.benchmarks} of ${count} benchmarks`);
    return { ...best, peakRssBytes: Math.max(...samples.map((s) => s.peakRssBytes)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** Merging 8 shards of 1,250 against analyzing 10,000 at once; false when over the target. */
function benchMerge(single: Sample | null): boolean {
  const one = single ?? run(10_000);
  const merged = runMerge(10_000, 8);
  const ratio = merged.seconds / one.seconds;
  console.log(
    `merge: 8 shards of 1,250 benchmarks in ${merged.seconds.toFixed(3)} s, peak RSS ${(merged.peakRssBytes / 1e6).toFixed(1)} MB; analyzing the 10,000 at once ${one.seconds.toFixed(3)} s`
  );
  const ok = ratio < 1.5;
  console.log(`${ok ? 'ok  ' : 'MISS'} merge/analyze time ratio ${ratio.toFixed(2)} (target < 1.5)`);
  return ok;
}

function run(
  count: number,
  withDocuments = false,
  opts: { runs?: number; tmp?: string; baseline?: boolean } = {}
): Sample {
  const root = mkdtempSync(path.join(opts.tmp ?? os.tmpdir(), `copybook-bench-${count}-`));
  const dir = path.join(root, 'criterion');
  try {
    writeSyntheticCriterionTree(dir, count, { seed: 7, baseline: opts.baseline ?? true });
    const samples: Sample[] = [];
    for (let i = 0; i < (opts.runs ?? RUNS); i++) {
      const args = [process.argv[1] as string, '--measure', dir, ...(withDocuments ? ['--documents'] : [])];
      const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
      samples.push(JSON.parse(out) as Sample);
    }
    const best = samples.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    if (best.benchmarks !== count) throw new Error(`analyzed ${best.benchmarks} of ${count} benchmarks`);
    return { ...best, peakRssBytes: Math.max(...samples.map((s) => s.peakRssBytes)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const measureAt = process.argv.indexOf('--measure');
  if (measureAt >= 0)
    return measure(process.argv[measureAt + 1] as string, process.argv.includes('--documents'));
  const mergeAt = process.argv.indexOf('--measure-merge');
  if (mergeAt >= 0) return measureMerge(process.argv[mergeAt + 1] as string);
  if (process.argv.includes('--merge')) {
    if (!benchMerge(null)) process.exitCode = 1;
    return;
  }
  if (process.argv.includes('--startup')) return benchStartup(ROOT);
  if (process.argv.includes('--scale')) return benchScale(run);

  console.log(`analyze benchmark (${os.cpus().length} cores, Node ${process.version}; best of ${RUNS} runs)`);
  console.log('benchmarks    time (s)   peak RSS (MB)   µs/benchmark');
  const results = new Map<number, Sample>();
  for (const count of SIZES) {
    const s = run(count);
    results.set(count, s);
    console.log(
      `${String(count).padStart(10)}  ${s.seconds.toFixed(3).padStart(10)}  ${(s.peakRssBytes / 1e6).toFixed(1).padStart(14)}  ${((s.seconds / count) * 1e6).toFixed(1).padStart(13)}`
    );
  }
  const big = results.get(10_000) as Sample;
  const ratio = big.seconds / (results.get(1_000) as Sample).seconds;
  const checks = [
    [`10,000 benchmarks in ${big.seconds.toFixed(3)} s (target < 1 s)`, big.seconds < 1],
    [`peak RSS ${(big.peakRssBytes / 1e6).toFixed(1)} MB (target < 200 MB)`, big.peakRssBytes < 200e6],
    [`10k/1k time ratio ${ratio.toFixed(2)} (target < 12: linear)`, ratio < 12]
  ] as const;
  for (const [text, ok] of checks) console.log(`${ok ? 'ok  ' : 'MISS'} ${text}`);

  // For information: the same run writing the HTML reports and the audit record too (the pages list
  // every benchmark, and the audit asks rustc and cargo for their versions).
  const documented = run(1_000, true);
  console.log(
    `with HTML reports and audit: 1,000 benchmarks in ${documented.seconds.toFixed(3)} s, peak RSS ${(documented.peakRssBytes / 1e6).toFixed(1)} MB`
  );
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
  if (!benchMerge(big)) process.exitCode = 1;
  benchScale(run);
  benchStartup(ROOT);
}

await main();
