// The data branch's remote, header and retries, from literal settings.

import { describe, expect, it } from '@jest/globals';
import {
  authorizationHeader,
  headerScope,
  historyRemoteUrl,
  isLostRace,
  isPushRefused,
  PUSH_RETRY,
  repositoryPageUrl,
  retryDelayMs,
  withoutCredentials
} from '../../../src/core/history/remote.js';

describe('historyRemoteUrl', () => {
  it('makes owner/repo a repository of the run’s server, and takes a URL or path as given', () => {
    expect(historyRemoteUrl('octo-org/bench-data', null, 'https://github.com')).toBe(
      'https://github.com/octo-org/bench-data.git'
    );
    expect(
      historyRemoteUrl('octo-org/bench-data', 'https://github.com/o/r', 'https://ghe.example.com/')
    ).toBe('https://ghe.example.com/octo-org/bench-data.git');
    expect(historyRemoteUrl('https://gitlab.example.com/a/b.git', null, 'https://github.com')).toBe(
      'https://gitlab.example.com/a/b.git'
    );
    expect(historyRemoteUrl('/srv/git/data.git', null, 'https://github.com')).toBe('/srv/git/data.git');
    expect(historyRemoteUrl('file:///srv/git/data.git', null, 'https://github.com')).toBe(
      'file:///srv/git/data.git'
    );
  });

  it("falls back on the checkout's origin without its credentials, else none", () => {
    expect(
      historyRemoteUrl(null, 'https://x-access-token:ghs_abc@github.com/o/r.git', 'https://github.com')
    ).toBe('https://github.com/o/r.git');
    expect(historyRemoteUrl('', 'git@github.com:o/r.git', 'https://github.com')).toBe(
      'git@github.com:o/r.git'
    );
    expect(historyRemoteUrl(null, null, 'https://github.com')).toBeNull();
    expect(historyRemoteUrl(null, '', 'https://github.com')).toBeNull();
  });

  it("without a checkout, takes the run's own repository on its server", () => {
    expect(historyRemoteUrl(null, null, 'https://github.com', 'octo/bench')).toBe(
      'https://github.com/octo/bench.git'
    );
    expect(historyRemoteUrl(null, 'https://github.com/o/r.git', 'https://github.com', 'octo/bench')).toBe(
      'https://github.com/o/r.git'
    );
    expect(historyRemoteUrl(null, null, 'https://github.com', '../x')).toBeNull();
  });
});

describe('withoutCredentials', () => {
  it('drops a user and password from an http(s) URL only', () => {
    expect(withoutCredentials('https://user:p%40ss@example.com:8443/o/r.git')).toBe(
      'https://example.com:8443/o/r.git'
    );
    expect(withoutCredentials('HTTP://token@example.com/r')).toBe('http://example.com/r');
    expect(withoutCredentials('https://example.com/o/r.git')).toBe('https://example.com/o/r.git');
    expect(withoutCredentials('/srv/r.git')).toBe('/srv/r.git');
    expect(withoutCredentials('https://a:b@[bad/x')).toBe('https://[bad/x');
  });
});

describe('repositoryPageUrl', () => {
  it('is the repository page commits link from, when the repository is known', () => {
    expect(repositoryPageUrl('https://github.com/', 'octo-org', 'copybook-rs')).toBe(
      'https://github.com/octo-org/copybook-rs'
    );
    expect(repositoryPageUrl('https://github.com', null, 'copybook-rs')).toBeNull();
  });
});

describe('the header', () => {
  it('is the basic form actions/checkout uses, scoped to the https host', () => {
    expect(authorizationHeader('ghs_abc')).toBe(
      `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_abc').toString('base64')}`
    );
    expect(authorizationHeader('ghs_abc')).toBe('AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2FiYw==');
    expect(headerScope('https://github.com/o/r.git')).toBe('https://github.com/');
    expect(headerScope('https://127.0.0.1:8443/o/r.git')).toBe('https://127.0.0.1:8443/');
    expect(headerScope('http://github.com/o/r.git')).toBeNull();
    expect(headerScope('/srv/r.git')).toBeNull();
  });
});

describe('isLostRace', () => {
  it('knows the pushes that lost to another writer', () => {
    for (const stderr of [
      ' ! [rejected]        HEAD -> copybook-bench-data (fetch first)\nerror: failed to push some refs',
      ' ! [rejected]        HEAD -> copybook-bench-data (non-fast-forward)',
      " ! [remote rejected] HEAD -> data (cannot lock ref 'refs/heads/data': is at 1a but expected 2b)",
      "error: cannot lock ref 'refs/heads/data': Unable to create '/srv/r.git/refs/heads/data.lock': File exists.",
      ' ! [remote rejected] HEAD -> data (failed to update ref)'
    ])
      expect(isLostRace(stderr)).toBe(true);
  });

  it('leaves every other failure a failure', () => {
    for (const stderr of [
      "remote: Permission to o/r.git denied to github-actions[bot].\nfatal: unable to access 'https://github.com/o/r.git/': The requested URL returned error: 403",
      ' ! [remote rejected] HEAD -> data (protected branch hook declined)',
      "fatal: unable to access 'https://127.0.0.1:1/r.git/': Failed to connect to 127.0.0.1 port 1"
    ])
      expect(isLostRace(stderr)).toBe(false);
  });
});

describe('retryDelayMs', () => {
  it('doubles up to the cap, half of it random', () => {
    const policy = { attempts: 8, baseMs: 250, capMs: 4000 };
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, policy, 0))).toEqual([
      125, 250, 500, 1000, 2000, 2000
    ]);
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n, policy, 0.999999))).toEqual([
      250, 500, 1000, 2000, 4000, 4000
    ]);
    expect(retryDelayMs(1, policy, 7)).toBe(250);
    expect(PUSH_RETRY.attempts).toBeGreaterThanOrEqual(8);
  });
});

describe('isPushRefused', () => {
  it('tells a token that may not push from a lost race or a broken network', () => {
    expect(
      isPushRefused(
        "git push failed: remote: Permission to octo/bench.git denied to github-actions[bot]. fatal: unable to access 'https://github.com/octo/bench.git/': The requested URL returned error: 403"
      )
    ).toBe(true);
    expect(
      isPushRefused(
        'remote: error: GH006: Protected branch update failed for refs/heads/copybook-bench-data.'
      )
    ).toBe(true);
    expect(
      isPushRefused('error: insufficient permission for adding an object to repository database ./objects')
    ).toBe(true);
    expect(isPushRefused('! [rejected] HEAD -> copybook-bench-data (fetch first)')).toBe(false);
    expect(
      isPushRefused(
        "fatal: unable to access 'https://127.0.0.1:9/x.git/': Failed to connect to 127.0.0.1 port 9"
      )
    ).toBe(false);
  });
});
