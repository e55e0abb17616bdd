import { describe, expect, it } from '@jest/globals';
import {
  describeArtifactApiFailure,
  type ListedArtifact,
  type ListedRun,
  listingRefusal,
  newestFirst,
  runRefusal,
  skippedArtifact
} from '../../../src/adapters/baseline/store-listing.js';

const NAME = 'copybook-bench-baseline';

describe('newestFirst', () => {
  it('lists the unexpired artifacts of that exact name, newest first, ties by id', () => {
    const same = '2026-11-01T10:00:00Z';
    expect(
      newestFirst(
        [
          { id: 1, name: NAME, expired: false, created_at: '2026-10-01T10:00:00Z' },
          { id: 7, name: NAME, expired: false, created_at: same },
          { id: 9, name: NAME, expired: false, created_at: same },
          { id: 4, name: NAME, expired: true, created_at: '2026-11-04T10:00:00Z' },
          { id: 5, name: `${NAME}-old`, expired: false, created_at: '2026-11-05T10:00:00Z' },
          { id: 10, name: NAME, expired: false, created_at: null }
        ],
        NAME
      ).map((a) => a.id)
    ).toEqual([9, 7, 1, 10]);
  });
});

describe('provenance', () => {
  const REPO = 812345678;
  const FORK = 900000001;
  const artifact = (run: ListedArtifact['workflow_run']): ListedArtifact => ({
    id: 31,
    name: NAME,
    expired: false,
    workflow_run: run
  });
  const fromMain = {
    id: 7001,
    repository_id: REPO,
    head_repository_id: REPO,
    head_branch: 'main',
    head_sha: 'a'.repeat(40)
  };
  const run = (overrides: Partial<ListedRun> = {}): ListedRun => ({
    id: 7001,
    event: 'push',
    head_branch: 'main',
    repository: { id: REPO },
    head_repository: { id: REPO },
    ...overrides
  });

  it('accepts a push, schedule or workflow_dispatch run on the baseline branch of this repository', () => {
    expect(listingRefusal(artifact(fromMain), 'main')).toBeNull();
    for (const event of ['push', 'schedule', 'workflow_dispatch'])
      expect(runRefusal(artifact(fromMain), run({ event }), 'main')).toBeNull();
  });

  it("refuses another branch, and a fork's branch even when it is called main", () => {
    expect(listingRefusal(artifact({ ...fromMain, head_branch: 'feature' }), 'main')).toBe(
      'its run was on branch "feature", not on main, the baseline branch'
    );
    expect(listingRefusal(artifact({ ...fromMain, head_repository_id: FORK }), 'main')).toBe(
      `its run was for branch "main" of another repository (head repository ${FORK}, this one is ${REPO}), not main of this repository`
    );
    expect(listingRefusal(artifact(null), 'main')).toBe(
      'the listing names no workflow run, so where it came from is unknown'
    );
    expect(listingRefusal(artifact({ id: 7001 }), 'main')).toMatch(
      /^its run was for no branch of another repository/
    );
    // The run says the same, whatever the listing said.
    expect(runRefusal(artifact(fromMain), run({ head_repository: { id: FORK } }), 'main')).toMatch(
      /^its run was for branch "main" of another repository/
    );
    expect(runRefusal(artifact(fromMain), run({ head_repository: null }), 'main')).toMatch(
      /of another repository \(head repository unknown/
    );
    expect(runRefusal(artifact(fromMain), run({ head_branch: 'evil' }), 'main')).toBe(
      'its run was on branch "evil", not on main, the baseline branch'
    );
    expect(runRefusal(artifact(fromMain), run({ id: 7002 }), 'main')).toBe(
      'its run 7002 is not the one the listing names'
    );
  });

  it('refuses a run of any other event on the baseline branch', () => {
    for (const event of ['pull_request', 'pull_request_target', 'issue_comment', 'workflow_run', 'release'])
      expect(runRefusal(artifact(fromMain), run({ event }), 'main')).toBe(
        `its run was triggered by ${event} on branch "main"; only push, schedule and workflow_dispatch runs on main are accepted`
      );
  });

  it('names the artifact, its id and its run in the log line', () => {
    expect(skippedArtifact(artifact(fromMain), 'why')).toBe(
      `Skipped artifact ${NAME} (id 31) of run 7001: why.`
    );
    expect(skippedArtifact(artifact(null), 'why')).toBe(`Skipped artifact ${NAME} (id 31): why.`);
  });
});

describe('describeArtifactApiFailure', () => {
  const what = 'Listing the artifacts';

  it('names the `actions: read` permission for a 403', () => {
    expect(describeArtifactApiFailure(what, 'o/r', 403, 'Resource not accessible by integration')).toBe(
      'Listing the artifacts in o/r was refused: 403 (Resource not accessible by integration); the token needs the `actions: read` permission (add `permissions: actions: read` to the job).'
    );
  });

  it('tells an exhausted rate limit from a missing permission', () => {
    expect(describeArtifactApiFailure(what, 'o/r', 403, 'API rate limit exceeded for installation')).toMatch(
      /rate limit is exhausted\.$/
    );
  });

  it.each([
    [
      401,
      'Bad credentials',
      'Listing the artifacts in o/r was refused: 401 (Bad credentials); the token is not valid.'
    ],
    [
      404,
      'Not Found',
      'Listing the artifacts in o/r answered 404 (Not Found); the repository does not exist or the token cannot see it (it needs `actions: read`).'
    ],
    [410, 'Gone', 'Listing the artifacts in o/r answered 410 (Gone); the artifact has expired.'],
    [502, '', 'Listing the artifacts in o/r failed with HTTP 502.'],
    [null, 'connect ECONNREFUSED', 'Listing the artifacts in o/r failed: connect ECONNREFUSED']
  ])('explains HTTP %s', (status, message, expected) => {
    expect(describeArtifactApiFailure(what, 'o/r', status, message)).toBe(expected);
  });
});
