import { describe, expect, it } from '@jest/globals';
import { renderAuditHtml } from '../../../src/render/html/audit.js';
import { ALLOWED_TAGS, tagsIn, urlsIn } from './markup.js';
import { AUDIT, HOSTILE } from './sample.js';

describe('renderAuditHtml', () => {
  const page = renderAuditHtml(AUDIT);

  it('shows who and what, with the run linked', () => {
    expect(page).toContain('<dt>Repository</dt><dd>acme/copybook-rs</dd>');
    expect(page).toContain(
      '<a href="https://github.com/acme/copybook-rs/actions/runs/9001/attempts/2">9001 (attempt 2)</a>'
    );
    expect(page).toContain('<dt>Actor</dt><dd>octocat</dd>');
    expect(page).toContain('<dt>Event</dt><dd>pull_request</dd>');
    expect(page).toContain('<code>refs/pull/7/merge</code>');
  });

  it('shows the SLO results, tools, environment, hashes and each setting with its origin', () => {
    expect(page).toContain(
      '<tr data-metric="display"><td>DISPLAY throughput</td><td class="num">≥ 80 MB/s (0.07451 GiB/s)</td>'
    );
    expect(page).toContain('<td class="num measured">512.0 MiB/s');
    expect(page).toContain('0.5.1 <small>(from <code>Cargo.lock</code>)</small>');
    expect(page).toContain('copybook-bench</dt><dd>1.0.0 (used as @v1)');
    expect(page).toContain('<dd>AMD EPYC 7763 64-Core Processor</dd>');
    expect(page).toContain('<dd>16.0 GiB</dd>');
    expect(page).toContain(`<code class="sha256">${'a'.repeat(64)}</code>`);
    expect(page).toContain(
      '<tr data-setting="display-floor"><td><code>display-floor</code></td><td><code>80 MB/s</code></td><td>input</td></tr>'
    );
    expect(page).toContain(
      '<tr data-setting="aggregate"><td><code>aggregate</code></td><td><code>max</code></td><td>default</td></tr>'
    );
    expect(page).toContain('<td><code>UNSET_VARIABLE</code></td><td><em>unset</em></td>');
    expect(page).toContain('1 regression, 1 improvement');
    expect(page.match(/<tr data-id=/g)).toHaveLength(AUDIT.results.benchmarks?.length ?? -1);
  });

  it('escapes labels, variables and ids; holds only allowed elements and the run link', () => {
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('owner: <strong>&lt;img src=x onerror=alert(1)&gt;</strong>');
    expect(page).toContain('<code>-C target-cpu=native &lt;img src=x onerror=alert(1)&gt;</code>');
    expect([...tagsIn(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(new Set(urlsIn(page))).toEqual(new Set([AUDIT.run.run_url]));
    expect(page).not.toContain('ghs_never_recorded');
  });

  it('works outside GitHub Actions, where the run facts are unknown', () => {
    const local = renderAuditHtml({
      ...AUDIT,
      run: Object.fromEntries(Object.keys(AUDIT.run).map((k) => [k, null])) as unknown as typeof AUDIT.run,
      labels: {},
      results: { ...AUDIT.results, comparison: null, benchmarks: undefined }
    });
    expect(local).toContain('<dt>Run</dt><dd>n/a</dd>');
    expect(local).toContain('No baseline comparison.');
    expect(local).not.toContain('class="labels"');
    expect(urlsIn(local)).toEqual([]);
  });
});
