import { describe, expect, it } from '@jest/globals';
import { baselinePolicy } from '../../../src/core/baseline/policy.js';

const push = (ref: string) => ({ eventName: 'push', ref, defaultBranch: 'main' });
const pr = { eventName: 'pull_request', ref: 'refs/pull/42/merge', defaultBranch: 'main' };

describe('baselinePolicy', () => {
  it('auto: promotes on a push to the default branch and compares elsewhere', () => {
    expect(baselinePolicy('auto', push('refs/heads/main'), null)).toEqual({
      compare: true,
      promote: true,
      branch: 'main',
      warning: null
    });
    expect(baselinePolicy('auto', push('refs/heads/feature'), null).promote).toBe(false);
    expect(baselinePolicy('auto', pr, null)).toEqual({
      compare: true,
      promote: false,
      branch: 'main',
      warning: null
    });
    expect(
      baselinePolicy('auto', { eventName: 'schedule', ref: 'refs/heads/main', defaultBranch: 'main' }, null)
    ).toMatchObject({
      compare: true,
      promote: false
    });
  });

  it('baseline-branch overrides the default branch', () => {
    expect(baselinePolicy('auto', push('refs/heads/release'), 'release').promote).toBe(true);
    expect(baselinePolicy('auto', push('refs/heads/main'), 'release').promote).toBe(false);
  });

  it('never promotes on pull request events, and says so when told to', () => {
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const plan = baselinePolicy('promote', { ...pr, eventName }, null);
      expect(plan.promote).toBe(false);
      expect(plan.compare).toBe(true);
      expect(plan.warning).toBe(
        `baseline: promote is ignored on ${eventName} events: a pull request must not be able to write the baseline. Comparing with it instead.`
      );
    }
  });

  it('follows compare, promote and off elsewhere', () => {
    expect(baselinePolicy('compare', push('refs/heads/main'), null)).toMatchObject({
      compare: true,
      promote: false
    });
    expect(baselinePolicy('promote', push('refs/heads/feature'), null)).toMatchObject({
      compare: true,
      promote: true
    });
    expect(baselinePolicy('off', push('refs/heads/main'), null)).toMatchObject({
      compare: false,
      promote: false
    });
    expect(baselinePolicy('off', pr, null)).toMatchObject({ compare: false, promote: false, warning: null });
  });
});
