// GitHub's names for the events a workflow runs on, where the pure plan and the shell both need them.

/** Events whose payload is a pull request and on which `comment: auto` writes. */
export const PULL_REQUEST_EVENTS: ReadonlySet<string> = new Set(['pull_request', 'pull_request_target']);
