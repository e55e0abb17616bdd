import { describe, expect, it } from '@jest/globals';
import { baselinePlan } from '../../../src/core/baseline/plan.js';

const push = (ref: string) => ({ eventName: 'push', ref, defaultBranch: 'main' });
const pr = { eventName: 'pull_request', ref: 'refs/pull/42/merge', defaultBranch: 'main' };

describe('baselinePlan', () => {
  it('auto: promotes on a push to the default branch and compares elsewhere', () => {
    expect(baselinePlan('auto', push('refs/heads/main'), null)).toEqual({
      compare: true,
      promote: true,
      branch: 'main',
      warning: null
    });
    expect(baselinePlan('auto', push('refs/heads/feature'), null).promote).toBe(false);
    expect(baselinePlan('auto', pr, null)).toEqual({
      compare: true,
      promote: false,
      branch: 'main',
      warning: null
    });
    expect(
      baselinePlan('auto', { eventName: 'schedule', ref: 'refs/heads/main', defaultBranch: 'main' }, null)
    ).toMatchObject({
      compare: true,
      promote: false
    });
  });

  it('baseline-branch overrides the default branch', () => {
    expect(baselinePlan('auto', push('refs/heads/release'), 'release').promote).toBe(true);
    expect(baselinePlan('auto', push('refs/heads/main'), 'release').promote).toBe(false);
  });

  it('never promotes on pull request events, and says so when told to', () => {
    for (const eventName of ['pull_request', 'pull_request_target']) {
      const plan = baselinePlan('promote', { ...pr, eventName }, null);
      expect(plan.promote).toBe(false);
      expect(plan.compare).toBe(true);
      expect(plan.warning).toBe(
        `baseline: promote is ignored on ${eventName} events: a pull request must not be able to write the baseline. Comparing with it instead.`
      );
    }
  });

  it('follows compare, promote and off elsewhere', () => {
    expect(baselinePlan('compare', push('refs/heads/main'), null)).toMatchObject({
      compare: true,
      promote: false
    });
    expect(baselinePlan('promote', push('refs/heads/feature'), null)).toMatchObject({
      compare: true,
      promote: true
    });
    expect(baselinePlan('off', push('refs/heads/main'), null)).toMatchObject({
      compare: false,
      promote: false
    });
    expect(baselinePlan('off', pr, null)).toMatchObject({ compare: false, promote: false, warning: null });
  });
});
