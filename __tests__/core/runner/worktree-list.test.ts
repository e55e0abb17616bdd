import { describe, expect, it } from '@jest/globals';
import { parseWorktreeList } from '../../../src/core/runner/worktree-list.js';

describe('parseWorktreeList', () => {
  it("reads git's porcelain worktree list", () => {
    const text = [
      'worktree /w/repo',
      'HEAD 1111111111111111111111111111111111111111',
      'branch refs/heads/main',
      '',
      'worktree /w/repo/.copybook-bench/paired/222222222222',
      'HEAD 2222222222222222222222222222222222222222',
      'detached',
      '',
      'worktree /w/gone',
      'HEAD 3333333333333333333333333333333333333333',
      'detached',
      'prunable gitdir file points to non-existent location',
      ''
    ].join('\n');
    expect(parseWorktreeList(text)).toEqual([
      { path: '/w/repo', head: '1111111111111111111111111111111111111111' },
      {
        path: '/w/repo/.copybook-bench/paired/222222222222',
        head: '2222222222222222222222222222222222222222'
      },
      { path: '/w/gone', head: '3333333333333333333333333333333333333333' }
    ]);
  });

  it('takes a bare worktree without a commit, and nothing from an empty listing', () => {
    expect(parseWorktreeList('worktree /w/bare.git\nbare\n')).toEqual([{ path: '/w/bare.git', head: null }]);
    expect(parseWorktreeList('')).toEqual([]);
  });
});
