import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { resolveCriterionDir } from '../../../src/core/criterion/location.js';

describe('resolveCriterionDir', () => {
  const workingDirectory = '/work/repo';
  const resolve = (criterionDir: string | null, env: Record<string, string | undefined>) =>
    resolveCriterionDir({ criterionDir, workingDirectory, env });
  const allEnv = { CRITERION_HOME: '/ch', CARGO_TARGET_DIR: '/tgt' };

  it('prefers an explicit dir, then $CRITERION_HOME, then $CARGO_TARGET_DIR/criterion, then target/criterion', () => {
    expect(resolve('/explicit', allEnv)).toBe(path.normalize('/explicit'));
    expect(resolve(null, allEnv)).toBe(path.normalize('/ch'));
    expect(resolve(null, { CARGO_TARGET_DIR: '/tgt' })).toBe(path.join('/tgt', 'criterion'));
    expect(resolve(null, {})).toBe(path.join(workingDirectory, 'target', 'criterion'));
  });

  it('resolves relative paths against the working directory', () => {
    expect(resolve('out/crit', {})).toBe(path.join(workingDirectory, 'out', 'crit'));
    expect(resolve(null, { CRITERION_HOME: 'bench-results' })).toBe(
      path.join(workingDirectory, 'bench-results')
    );
    expect(resolve(null, { CARGO_TARGET_DIR: '../shared-target' })).toBe(
      path.join('/work', 'shared-target', 'criterion')
    );
  });

  it('treats empty values as unset', () => {
    expect(resolve('', { CRITERION_HOME: '  ', CARGO_TARGET_DIR: '' })).toBe(
      path.join(workingDirectory, 'target', 'criterion')
    );
    expect(resolve('', { CRITERION_HOME: '', CARGO_TARGET_DIR: '/tgt' })).toBe(
      path.join('/tgt', 'criterion')
    );
  });
});
