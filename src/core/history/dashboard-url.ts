// Where the PR comment and the job summary point for the dashboard (`history: branch`): the
// `history-url` setting, else GitHub Pages' address of the repository holding the data branch on
// github.com, else that branch's page on the server (GitHub Enterprise Server's Pages addresses
// depend on the installation). Pure.

import { ownerRepo } from './remote.js';

export interface DashboardPlace {
  history: 'baseline' | 'branch';
  historyUrl: string | null;
  historyBranch: string;
  historyRepository: string | null;
}

/** The dashboard's address, or null without `history: branch` or a known repository. */
export function dashboardUrl(
  settings: DashboardPlace,
  github: { serverUrl: string; owner: string | null; repo: string | null }
): string | null {
  if (settings.history !== 'branch') return null;
  if (settings.historyUrl) return settings.historyUrl;
  const setting = settings.historyRepository;
  const named = setting ? ownerRepo(setting) : null;
  // A URL or a path names no repository page to link to.
  if (setting && !named) return null;
  const owner = named ? named.owner : github.owner;
  const repo = named ? named.repo : github.repo;
  if (!owner || !repo) return null;
  const server = github.serverUrl.replace(/\/+$/, '');
  if (/^https:\/\/github\.com$/i.test(server)) {
    const host = `${owner.toLowerCase()}.github.io`;
    return repo.toLowerCase() === host ? `https://${host}/` : `https://${host}/${repo}/`;
  }
  return `${server}/${owner}/${repo}/tree/${settings.historyBranch
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
}
