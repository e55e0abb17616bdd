import { describe, expect, it } from '@jest/globals';
import { mergedPullRequest } from '../../../src/adapters/github/promoted.js';

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
