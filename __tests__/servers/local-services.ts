// The local Actions services and GitHub REST API on one server, started per test and closed after
// it: what an end-to-end test of the bundled action talks to.

import { afterEach } from '@jest/globals';
import { type ActionsServices, createActionsServices } from './actions-services.js';
import { type GitHubApi, githubApi } from './github-api.js';
import { startServer, type TestServer } from './http.js';

export interface LocalServices {
  actions: ActionsServices;
  api: GitHubApi;
  url: string;
}

/** A starter of the services for `token`; each test's server is closed after it. */
export function localServices(
  token: string,
  repository = 'octo-org/copybook-rs'
): () => Promise<LocalServices> {
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });
  return async () => {
    const actions = createActionsServices({ repository, githubToken: token });
    const api = githubApi({ token });
    server = await startServer([actions.handler, api.handler]);
    return { actions, api, url: server.url };
  };
}
