import { describe, expect, it } from '@jest/globals';
import {
  describeArtifactApiFailure,
  pickLatestArtifact
} from '../../../src/adapters/baseline/store-listing.js';

const NAME = 'copybook-bench-baseline';

describe('pickLatestArtifact', () => {
  it('picks the newest unexpired artifact of that exact name', () => {
    const picked = pickLatestArtifact(
      [
        { id: 1, name: NAME, expired: false, created_at: '2026-11-01T10:00:00Z' },
        { id: 4, name: NAME, expired: true, created_at: '2026-11-04T10:00:00Z' },
        { id: 3, name: NAME, expired: false, created_at: '2026-11-03T10:00:00Z' },
        { id: 5, name: `${NAME}-old`, expired: false, created_at: '2026-11-05T10:00:00Z' },
        { id: 2, name: NAME, expired: false, created_at: '2026-11-02T10:00:00Z' }
      ],
      NAME
    );

    expect(picked?.id).toBe(3);
  });

  it('orders artifacts of the same instant by id, and those without a date last', () => {
    const same = '2026-11-01T10:00:00Z';
    expect(
      pickLatestArtifact(
        [
          { id: 7, name: NAME, expired: false, created_at: same },
          { id: 9, name: NAME, expired: false, created_at: same },
          { id: 8, name: NAME, expired: false, created_at: same }
        ],
        NAME
      )?.id
    ).toBe(9);
    expect(
      pickLatestArtifact(
        [
          { id: 10, name: NAME, expired: false, created_at: null },
          { id: 2, name: NAME, expired: false, created_at: same }
        ],
        NAME
      )?.id
    ).toBe(2);
  });

  it('is null when nothing usable is listed', () => {
    expect(pickLatestArtifact([], NAME)).toBeNull();
    expect(pickLatestArtifact([{ id: 1, name: NAME, expired: true, created_at: null }], NAME)).toBeNull();
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
