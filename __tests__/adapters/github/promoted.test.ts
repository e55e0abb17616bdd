import { describe, expect, it } from '@jest/globals';
import { lastLine } from '../../../src/adapters/github/comments.js';
import { mergedPullRequest, withPromotedSection } from '../../../src/adapters/github/promoted.js';

describe('withPromotedSection', () => {
  const MARKER = '<!-- copybook-bench-action:copybook-bench -->';
  const body = `## 🚀 Performance Report - x\n\nbody\n\n${MARKER}\n`;

  it('adds the section before the marker, once, and replaces it on the next promotion', () => {
    const once = withPromotedSection(body, '### 🎯 Baseline promoted\n\nfirst', 'copybook-bench');
    expect(once).toContain('first');
    expect(
      once.startsWith(
        '## 🚀 Performance Report - x\n\nbody\n\n<!-- copybook-bench-action:copybook-bench:promoted -->\n'
      )
    ).toBe(true);
    // The marker stays the last line, so the comment is still found as ours.
    expect(once.endsWith(`\n\n${MARKER}\n`)).toBe(true);
    expect(lastLine(once)).toBe(MARKER);
    const twice = withPromotedSection(once, '### 🎯 Baseline promoted\n\nsecond', 'copybook-bench');
    expect(twice).not.toContain('first');
    expect(twice.match(/🎯 Baseline promoted/g)).toHaveLength(1);
    expect(twice.match(/copybook-bench-action:copybook-bench -->/g)).toHaveLength(1);
    expect(twice).toBe(once.replace('first', 'second'));
  });

  it('keeps another instance’s section', () => {
    const other = withPromotedSection(body, 'other', 'perf-arm');
    const both = withPromotedSection(other, 'mine', 'copybook-bench');
    expect(both).toContain('other');
    expect(both).toContain('mine');
    expect(lastLine(both)).toBe(MARKER);
  });
});

describe('mergedPullRequest', () => {
  const pulls = [
    { number: 7, merged_at: null, base: { ref: 'main' } },
    { number: 8, merged_at: '2026-11-26T10:00:00Z', base: { ref: 'release' } },
    { number: 9, merged_at: '2026-11-26T11:00:00Z', base: { ref: 'main' } }
  ];
  it('takes the merged pull request into the branch', () => {
    expect(mergedPullRequest(pulls, 'main')).toBe(9);
    expect(mergedPullRequest(pulls, 'release')).toBe(8);
    expect(mergedPullRequest(pulls, null)).toBe(8);
    expect(mergedPullRequest(pulls.slice(0, 1), 'main')).toBeNull();
  });
});
