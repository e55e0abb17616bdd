import { describe, expect, it } from '@jest/globals';
import { githubContext } from '../../src/adapters/github/context.js';
import { idsToPair, measurePaired, pairedRefOf } from '../../src/app/pairing.js';
import { buildConfig } from '../../src/core/config/config.js';
import type { BenchmarkChange, PerfReport } from '../../src/core/model.js';
import { keptLog, localPorts } from '../helpers/ports.js';

const change = (id: string, verdict: BenchmarkChange['verdict']) => ({ id, verdict }) as BenchmarkChange;
const report = {
  benchmarks: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
  comparison: {
    changes: [
      change('a', 'regressed'),
      change('b', 'unchanged'),
      change('c', 'improved'),
      change('e', 'missing')
    ]
  }
} as unknown as PerfReport;

describe('idsToPair', () => {
  it('paired: every benchmark of this run', () => {
    expect(idsToPair(buildConfig({ inputs: { comparison: 'paired' } }), report)).toEqual([
      'a',
      'b',
      'c',
      'd'
    ]);
  });

  it('confirm: only what the stored baseline called regressed or improved', () => {
    expect(idsToPair(buildConfig({ inputs: { comparison: 'confirm' } }), report)).toEqual(['a', 'c']);
    expect(
      idsToPair(buildConfig({ inputs: { comparison: 'confirm' } }), { ...report, comparison: null })
    ).toEqual([]);
  });
});

describe('pairedRefOf', () => {
  const pr = githubContext(
    { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' },
    { pull_request: { number: 7, head: { sha: 'f'.repeat(40) }, base: { sha: 'b'.repeat(40), ref: 'main' } } }
  );

  it("is paired-ref when set, else a pull request's base commit", () => {
    expect(pairedRefOf(buildConfig({ inputs: { 'paired-ref': 'v1.0' } }), pr)).toBe('v1.0');
    expect(pairedRefOf(buildConfig({ inputs: {} }), pr)).toBe('b'.repeat(40));
  });

  it('is null outside a pull request without paired-ref', () => {
    expect(
      pairedRefOf(buildConfig({ inputs: {} }), githubContext({ GITHUB_EVENT_NAME: 'push' }, {}))
    ).toBeNull();
  });
});

describe('measurePaired', () => {
  const push = githubContext({ GITHUB_EVENT_NAME: 'push' }, {});
  const context = {
    github: push,
    paths: { workingDirectory: '/nowhere', workspace: '/nowhere' } as never,
    benches: [],
    cargoConfigArgs: []
  };

  it('confirm with nothing flagged needs no revision: no warning, nothing run, outside a pull request too', async () => {
    const log = keptLog();
    const quiet = { ...report, comparison: { changes: [change('b', 'unchanged')] } } as unknown as PerfReport;
    const pairing = await measurePaired(
      buildConfig({ inputs: { comparison: 'confirm' } }),
      { ...context, ids: idsToPair(buildConfig({ inputs: { comparison: 'confirm' } }), quiet) },
      localPorts({}, { log })
    );
    expect(pairing).toEqual({ input: null, findings: [] });
    expect(log.lines).toEqual(['Nothing to confirm: the stored baseline flagged no benchmark.']);
  });

  it('confirm with a flagged benchmark and no revision falls back with one warning naming paired-ref', async () => {
    const pairing = await measurePaired(
      buildConfig({ inputs: { comparison: 'confirm' } }),
      { ...context, ids: idsToPair(buildConfig({ inputs: { comparison: 'confirm' } }), report) },
      localPorts({}, { log: keptLog() })
    );
    expect(pairing.input).toBeNull();
    expect(pairing.findings.map((f) => f.message)).toEqual([
      'comparison: confirm needs paired-ref outside a pull request (a branch, tag or commit to measure against); compared with the stored baseline instead.'
    ]);
  });
});
