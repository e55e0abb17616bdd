import { describe, expect, it } from '@jest/globals';
import { baselinePolicy } from '../../../src/core/baseline/policy.js';

const on = (eventName: string | null, ref: string | null, defaultBranch: string | null = 'main') => ({
  eventName,
  ref,
  defaultBranch
});
const push = (ref: string) => on('push', ref);
const pr = on('pull_request', 'refs/pull/42/merge');
const ONLY_THREE =
  'only push, schedule and workflow_dispatch runs on the baseline branch promote; other events (a comment, a pull request, another workflow finishing) can be started by people who cannot push to it';

describe('baselinePolicy', () => {
  it('auto: promotes on a push to the default branch and compares elsewhere', () => {
    expect(baselinePolicy('auto', push('refs/heads/main'), null)).toEqual({
      compare: true,
      promote: true,
      branch: 'main',
      warning: null
    });
    expect(baselinePolicy('auto', push('refs/heads/feature'), null)).toEqual({
      compare: true,
      promote: false,
      branch: 'main',
      warning: null
    });
    expect(baselinePolicy('auto', pr, null)).toEqual({
      compare: true,
      promote: false,
      branch: 'main',
      warning: null
    });
  });

  it('auto: promotes on no other event, on the branch or not, and says nothing of it', () => {
    for (const eventName of ['schedule', 'workflow_dispatch', 'issue_comment', 'workflow_run', 'release'])
      expect(baselinePolicy('auto', on(eventName, 'refs/heads/main'), null)).toEqual({
        compare: true,
        promote: false,
        branch: 'main',
        warning: null
      });
  });

  it('baseline-branch overrides the default branch', () => {
    expect(baselinePolicy('auto', push('refs/heads/release'), 'release').promote).toBe(true);
    expect(baselinePolicy('auto', push('refs/heads/main'), 'release').promote).toBe(false);
    expect(baselinePolicy('promote', on('schedule', 'refs/heads/release', null), 'release')).toMatchObject({
      promote: true,
      branch: 'release',
      warning: null
    });
  });

  it('never promotes on pull request events, and says so when told to', () => {
    for (const [eventName, ref] of [
      ['pull_request', 'refs/pull/42/merge'],
      ['pull_request_target', 'refs/heads/main']
    ] as const) {
      const plan = baselinePolicy('promote', on(eventName, ref), null);
      expect(plan.promote).toBe(false);
      expect(plan.compare).toBe(true);
      expect(plan.warning).toBe(
        `baseline: promote is ignored for this ${eventName} run on ${ref}: a pull request must not be able to write the baseline. Comparing with the baseline instead.`
      );
    }
  });

  it('promote: promotes on a push, a schedule or a manual run on the baseline branch', () => {
    for (const eventName of ['push', 'schedule', 'workflow_dispatch'])
      expect(baselinePolicy('promote', on(eventName, 'refs/heads/main'), null)).toEqual({
        compare: true,
        promote: true,
        branch: 'main',
        warning: null
      });
  });

  it('promote: is ignored on a comment, a finished workflow and any other event, even on the baseline branch', () => {
    // Both run the default branch's workflow in its cache scope, but anyone can start them.
    for (const eventName of [
      'issue_comment',
      'workflow_run',
      'repository_dispatch',
      'release',
      'merge_group'
    ]) {
      const plan = baselinePolicy('promote', on(eventName, 'refs/heads/main'), null);
      expect(plan).toEqual({
        compare: true,
        promote: false,
        branch: 'main',
        warning: `baseline: promote is ignored for this ${eventName} run on refs/heads/main: ${ONLY_THREE}. Comparing with the baseline instead.`
      });
    }
  });

  it('promote: is ignored on another branch or a tag, naming the ref and the baseline branch', () => {
    for (const [eventName, ref] of [
      ['push', 'refs/heads/feature'],
      ['workflow_dispatch', 'refs/heads/feature'],
      ['schedule', 'refs/heads/main'],
      ['push', 'refs/tags/release']
    ] as const) {
      const plan = baselinePolicy('promote', on(eventName, ref), 'release');
      expect(plan.promote).toBe(false);
      expect(plan.warning).toBe(
        `baseline: promote is ignored for this ${eventName} run on ${ref}: only runs on refs/heads/release, the baseline branch, promote. Comparing with the baseline instead.`
      );
    }
  });

  it('promotes nothing when the baseline branch is unknown, and says how to name it', () => {
    // A schedule event's payload has no repository, so no default branch.
    const schedule = baselinePolicy('promote', on('schedule', 'refs/heads/main', null), null);
    expect(schedule).toEqual({
      compare: true,
      promote: false,
      branch: null,
      warning:
        "baseline: promote is ignored for this schedule run on refs/heads/main: the baseline branch is unknown: set baseline-branch (this event's payload names no default branch). Comparing with the baseline instead."
    });
    expect(baselinePolicy('auto', on('push', 'refs/heads/main', null), null)).toEqual({
      compare: true,
      promote: false,
      branch: null,
      warning:
        "baseline: auto does not promote this push run on refs/heads/main: the baseline branch is unknown: set baseline-branch (this event's payload names no default branch)."
    });
    expect(baselinePolicy('auto', on('pull_request', 'refs/pull/1/merge', null), null).warning).toBeNull();
  });

  it('promotes nothing when the event or the ref is unknown', () => {
    expect(baselinePolicy('promote', on(null, 'refs/heads/main'), null)).toMatchObject({
      promote: false,
      warning:
        'baseline: promote is ignored for this unknown run on refs/heads/main: the event is unknown (no GITHUB_EVENT_NAME). Comparing with the baseline instead.'
    });
    expect(baselinePolicy('promote', on('push', null), null)).toMatchObject({
      promote: false,
      warning:
        'baseline: promote is ignored for this push run on an unknown ref: only runs on refs/heads/main, the baseline branch, promote. Comparing with the baseline instead.'
    });
    expect(baselinePolicy('auto', on('push', null), null).promote).toBe(false);
  });

  it('follows compare and off everywhere', () => {
    expect(baselinePolicy('compare', push('refs/heads/main'), null)).toMatchObject({
      compare: true,
      promote: false,
      warning: null
    });
    expect(baselinePolicy('off', push('refs/heads/main'), null)).toMatchObject({
      compare: false,
      promote: false
    });
    expect(baselinePolicy('off', pr, null)).toMatchObject({ compare: false, promote: false, warning: null });
  });
});
