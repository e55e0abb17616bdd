// The baseline policy: whether this run compares with the baseline, promotes a new one, both or neither. Pure.

import type { BaselineMode } from '../config/config.js';
import { PULL_REQUEST_EVENTS } from '../github-events.js';

export interface BaselinePolicy {
  compare: boolean;
  promote: boolean;
  /** The branch whose pushes promote (null when unknown). */
  branch: string | null;
  /** Said once as a warning: why the run does not do what the setting asked. */
  warning: string | null;
}

export function baselinePolicy(
  mode: BaselineMode,
  event: { eventName: string | null; ref: string | null; defaultBranch: string | null },
  baselineBranch: string | null
): BaselinePolicy {
  const branch = baselineBranch ?? event.defaultBranch;
  const none = { compare: false, promote: false, branch, warning: null };
  if (mode === 'off') return none;
  // A pull request's code must never be able to write the baseline everyone compares with.
  if (event.eventName !== null && PULL_REQUEST_EVENTS.has(event.eventName)) {
    return {
      compare: true,
      promote: false,
      branch,
      warning:
        mode === 'promote'
          ? `baseline: promote is ignored on ${event.eventName} events: a pull request must not be able to write the baseline. Comparing with it instead.`
          : null
    };
  }
  if (mode === 'compare') return { ...none, compare: true };
  if (mode === 'promote') return { ...none, compare: true, promote: true };
  // auto: promote on a push to the baseline branch, compare everywhere else.
  const onBranch = event.eventName === 'push' && branch !== null && event.ref === `refs/heads/${branch}`;
  return { ...none, compare: true, promote: onBranch };
}
