// The baseline policy: whether this run compares with the baseline, promotes a new one, both or neither. Pure.

import type { BaselineMode } from '../config/config.js';
import { PROMOTING_EVENTS, PULL_REQUEST_EVENTS } from '../github-events.js';

export interface BaselinePolicy {
  compare: boolean;
  promote: boolean;
  /** The branch whose runs promote (null when unknown): the only one a baseline is accepted from. */
  branch: string | null;
  /** Said once as a warning: why the run does not do what the setting asked. */
  warning: string | null;
}

export interface RunEvent {
  eventName: string | null;
  ref: string | null;
  defaultBranch: string | null;
}

/**
 * Why this run may not promote, or null when it may: only a push, schedule or workflow_dispatch run
 * on the baseline branch writes the baseline, whatever the `baseline` setting says, because every
 * other run can be started by someone who cannot push to that branch.
 */
export function promotionRefusal(event: RunEvent, branch: string | null): string | null {
  const { eventName, ref } = event;
  if (eventName !== null && PULL_REQUEST_EVENTS.has(eventName))
    return 'a pull request must not be able to write the baseline';
  if (eventName === null) return 'the event is unknown (no GITHUB_EVENT_NAME)';
  if (!PROMOTING_EVENTS.has(eventName))
    return 'only push, schedule and workflow_dispatch runs on the baseline branch promote; other events (a comment, a pull request, another workflow finishing) can be started by people who cannot push to it';
  if (branch === null)
    return "the baseline branch is unknown: set baseline-branch (this event's payload names no default branch)";
  if (ref !== `refs/heads/${branch}`)
    return `only runs on refs/heads/${branch}, the baseline branch, promote`;
  return null;
}

export function baselinePolicy(
  mode: BaselineMode,
  event: RunEvent,
  baselineBranch: string | null
): BaselinePolicy {
  const branch = baselineBranch ?? event.defaultBranch;
  const none = { compare: false, promote: false, branch, warning: null };
  if (mode === 'off') return none;
  if (mode === 'compare') return { ...none, compare: true };
  // auto promotes on a push to the branch only; promote also on the branch's schedule and manual runs.
  if (mode === 'auto' && event.eventName !== 'push') return { ...none, compare: true };
  const refusal = promotionRefusal(event, branch);
  if (refusal === null) return { ...none, compare: true, promote: true };
  const where = `this ${event.eventName ?? 'unknown'} run on ${event.ref ?? 'an unknown ref'}`;
  if (mode === 'promote')
    return {
      ...none,
      compare: true,
      warning: `baseline: promote is ignored for ${where}: ${refusal}. Comparing with the baseline instead.`
    };
  // A push auto was meant to promote says why only when the branch is unknown: elsewhere it is another branch's.
  const unknown = branch === null ? `baseline: auto does not promote ${where}: ${refusal}.` : null;
  return { ...none, compare: true, warning: unknown };
}
