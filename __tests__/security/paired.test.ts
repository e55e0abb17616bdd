// The paired comparison passes a revision to git: from the paired-ref setting (the config file in
// the checkout is the pull request's) or from the event payload. Neither may become a git option.

import { describe, expect, it } from '@jest/globals';
import { githubContext } from '../../src/adapters/github/context.js';
import { pairedRefOf } from '../../src/app/pairing.js';
import { buildConfig } from '../../src/core/config/config.js';

describe('paired-ref as a git argument', () => {
  it.each([
    '--upload-pack=touch /tmp/pwned',
    '-c core.sshCommand=touch',
    'main..evil',
    'HEAD@{1}',
    'main;rm -rf /',
    'a b',
    '.hidden',
    `main\n--exec=x`
  ])('refuses %j with one message naming the setting and what is accepted', (value) => {
    expect(() => buildConfig({ inputs: { 'paired-ref': value } })).toThrow(
      /^Invalid paired-ref: ".*"\. Accepted: a commit id, branch or tag/s
    );
  });

  it('takes commit ids, branches and tags', () => {
    for (const value of ['main', 'release/1.2', 'v1.2.0', 'a'.repeat(40), 'HEAD~1', 'origin/main^'])
      expect(buildConfig({ inputs: { 'paired-ref': value } }).pairedRef).toBe(value);
  });

  it("takes a pull request's base from the payload only when it is a commit id", () => {
    const config = buildConfig({ inputs: { comparison: 'paired' } });
    const event = (sha: string) =>
      githubContext(
        { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'o/r' },
        { pull_request: { number: 1, head: { sha: 'f'.repeat(40) }, base: { sha } } }
      );
    expect(pairedRefOf(config, event('0'.repeat(40)))).toBe('0'.repeat(40));
    expect(pairedRefOf(config, event('--upload-pack=touch /tmp/pwned'))).toBeNull();
  });
});
