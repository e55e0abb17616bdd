import { describe, expect, it } from '@jest/globals';
import { artifactServiceConfigured, cacheServiceMayBeConfigured } from '../../src/adapters/services.js';

// The checks read the env they are handed, not this process's (which has neither service).
describe('the service checks', () => {
  it('finds a cache service by either protocol’s URL', () => {
    expect(cacheServiceMayBeConfigured({})).toBe(false);
    expect(cacheServiceMayBeConfigured({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' })).toBe(true);
    expect(cacheServiceMayBeConfigured({ ACTIONS_CACHE_URL: 'http://127.0.0.1:1/' })).toBe(true);
    expect(cacheServiceMayBeConfigured({ ACTIONS_RESULTS_URL: '' })).toBe(false);
  });

  it('finds the artifact service only with both the runtime token and the results URL', () => {
    expect(artifactServiceConfigured({ ACTIONS_RUNTIME_TOKEN: 't' })).toBe(false);
    expect(artifactServiceConfigured({ ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' })).toBe(false);
    expect(
      artifactServiceConfigured({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_RESULTS_URL: 'http://127.0.0.1:1/' })
    ).toBe(true);
  });
});
