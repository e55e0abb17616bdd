import { describe, expect, it } from '@jest/globals';
import { confirmRecorded, publishTarget } from '../../src/core/publish-target.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const run = (pullRequests: number[] = []) => ({
  id: '77',
  headSha: A,
  headRepository: 'fork/copybook-rs',
  pullRequests
});

describe('publishTarget', () => {
  it('takes the pull request GitHub names, else the recorded one to confirm, else none', () => {
    expect(publishTarget(run([5]), { number: 9, head_sha: A, head_repository: 'x/y' })).toEqual({
      kind: 'named',
      number: 5
    });
    expect(publishTarget(run(), { number: 9, head_sha: A, head_repository: 'x/y' })).toEqual({
      kind: 'recorded',
      number: 9
    });
    expect(publishTarget(run(), null)).toEqual({
      kind: 'none',
      reason: 'run 77 names no pull request, and its report records none'
    });
  });
});

describe('confirmRecorded', () => {
  it('accepts the same head commit and repository (repository names are case-insensitive)', () => {
    expect(confirmRecorded(run(), 9, { headSha: A, headRepository: 'Fork/Copybook-RS' })).toEqual({
      ok: true
    });
  });

  it('refuses another commit, another repository or an unknown head, naming both', () => {
    expect(confirmRecorded(run(), 9, { headSha: B, headRepository: 'fork/copybook-rs' })).toEqual({
      ok: false,
      reason: `pull request #9 has head ${B} of fork/copybook-rs, but run 77 measured ${A} of fork/copybook-rs: no comment`
    });
    expect(confirmRecorded(run(), 9, { headSha: A, headRepository: 'other/copybook-rs' })).toMatchObject({
      ok: false
    });
    expect(confirmRecorded(run(), 9, { headSha: null, headRepository: null })).toEqual({
      ok: false,
      reason: `pull request #9 has head (unknown commit) of (unknown repository), but run 77 measured ${A} of fork/copybook-rs: no comment`
    });
    expect(
      confirmRecorded({ ...run(), headSha: null }, 9, { headSha: null, headRepository: 'fork/copybook-rs' })
    ).toMatchObject({ ok: false });
  });
});
