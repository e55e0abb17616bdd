import { describe, expect, it } from '@jest/globals';
import { githubContext } from '../../src/adapters/github/context.js';
import { runUrl } from '../../src/core/github-events.js';

describe('runUrl', () => {
  it('needs the repository and the run id; the server is GitHub unless named; a re-run has its attempt', () => {
    expect(
      runUrl({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5' })
    ).toBe('https://ghe.example/o/r/actions/runs/5');
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5' })).toBe(
      'https://github.com/o/r/actions/runs/5'
    );
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '1' })).toBe(
      'https://github.com/o/r/actions/runs/5'
    );
    expect(runUrl({ GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '3' })).toBe(
      'https://github.com/o/r/actions/runs/5/attempts/3'
    );
    expect(
      runUrl({ GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '' })
    ).toBeNull();
    expect(runUrl({ GITHUB_RUN_ID: '5' })).toBeNull();
  });

  it('is the same link in audit.json and in the GitHub context the comment uses', () => {
    const env = { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9', GITHUB_RUN_ATTEMPT: '1' };
    expect(githubContext(env, {}).runUrl).toBe(runUrl(env));
    expect(githubContext({ ...env, GITHUB_RUN_ATTEMPT: '2' }, {}).runUrl).toBe(
      runUrl({ ...env, GITHUB_RUN_ATTEMPT: '2' })
    );
  });
});
