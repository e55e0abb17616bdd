// The scale part of `npm run bench`: inputs sized to break what scales badly, timed for information
// (a shared machine's timings decide nothing; __tests__/security/scale.test.ts checks the results).
// - 50,000 benchmarks analyzed with the HTML reports and the audit, in a child process, once;
// - an audit config with 100,000 labels (refused by count, after a parse that is linear now);
// - the glob `*a*a*a*a*a*a*a*a*b` against ids of 10,000 and 20,000 characters, with its work count.

import { existsSync } from 'node:fs';
import os from 'node:os';
import { AuditConfigLimitError, MAX_AUDIT_LABELS, parseAuditConfig } from '../src/core/audit/config.js';
import { compileGlob } from '../src/core/glob.js';

type AnalyzeTree = (
  count: number,
  withDocuments: boolean,
  opts: { runs?: number; tmp?: string; baseline?: boolean }
) => { seconds: number; peakRssBytes: number };

const seconds = (start: number): string => ((performance.now() - start) / 1000).toFixed(3);

function labels(count: number): string {
  const lines = ['labels:'];
  for (let i = 0; i < count; i++) lines.push(`  label_${i}: value ${i}`);
  return `${lines.join('\n')}\n`;
}

export function benchScale(analyzeTree: AnalyzeTree): void {
  console.log('scale (for information)');
  // 100,000 folders: a RAM disk keeps the tree's own writing and removal out of the figure's way.
  const tmp = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const big = analyzeTree(50_000, true, { runs: 1, tmp, baseline: false });
  console.log(
    `  50,000 benchmarks with HTML reports and audit: ${big.seconds.toFixed(3)} s, peak RSS ${(big.peakRssBytes / 1e6).toFixed(1)} MB`
  );

  for (const count of [MAX_AUDIT_LABELS, 100_000]) {
    const text = labels(count);
    const start = performance.now();
    let outcome: string;
    try {
      outcome = `${Object.keys(parseAuditConfig(text, 'audit.yml').labels).length} labels read`;
    } catch (error) {
      if (!(error instanceof AuditConfigLimitError)) throw error;
      outcome = 'refused by count';
    }
    console.log(
      `  audit config with ${count} labels (${(text.length / 1e6).toFixed(1)} MB): ${seconds(start)} s, ${outcome}`
    );
  }

  const glob = compileGlob('*a*a*a*a*a*a*a*a*b');
  for (const length of [10_000, 20_000]) {
    const id = 'a'.repeat(length);
    const start = performance.now();
    const matched = glob.test(id);
    console.log(
      `  glob *a*a*a*a*a*a*a*a*b against a ${length}-character id: ${seconds(start)} s, ${glob.work(id)} steps, ${matched ? 'match' : 'no match'}`
    );
  }
}
