// Where the comment and the job summary link for the dashboard.

import { describe, expect, it } from '@jest/globals';
import { type DashboardPlace, dashboardUrl } from '../../../src/core/history/dashboard-url.js';

const BRANCH: DashboardPlace = {
  history: 'branch',
  historyUrl: null,
  historyBranch: 'copybook-bench-data',
  historyRepository: null
};
const GITHUB = { serverUrl: 'https://github.com', owner: 'Octo-Org', repo: 'copybook-rs' };

describe('dashboardUrl', () => {
  it('is GitHub Pages of the repository on github.com, the setting when given, none without history: branch', () => {
    expect(dashboardUrl(BRANCH, GITHUB)).toBe('https://octo-org.github.io/copybook-rs/');
    expect(dashboardUrl(BRANCH, { ...GITHUB, repo: 'octo-org.github.io' })).toBe(
      'https://octo-org.github.io/'
    );
    expect(dashboardUrl({ ...BRANCH, historyRepository: 'data-org/bench-data' }, GITHUB)).toBe(
      'https://data-org.github.io/bench-data/'
    );
    expect(dashboardUrl({ ...BRANCH, historyUrl: 'https://bench.example.com/' }, GITHUB)).toBe(
      'https://bench.example.com/'
    );
    expect(dashboardUrl({ ...BRANCH, history: 'baseline' }, GITHUB)).toBeNull();
  });

  it("is the data branch's page on another server, and none for a remote given as a URL or path", () => {
    expect(
      dashboardUrl(
        { ...BRANCH, historyBranch: 'bench/data' },
        { ...GITHUB, serverUrl: 'https://ghe.example.com/' }
      )
    ).toBe('https://ghe.example.com/Octo-Org/copybook-rs/tree/bench/data');
    expect(dashboardUrl({ ...BRANCH, historyRepository: '/srv/git/data.git' }, GITHUB)).toBeNull();
    expect(dashboardUrl(BRANCH, { ...GITHUB, owner: null })).toBeNull();
  });
});
