// The repository's own workflows and release notes, read as GitHub reads them: the release workflow
// does what a pinned release needs, ci.yml's action job can read the baseline artifacts and does not
// upload an artifact under the action's name, and every version has its notes.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { changelogSection, changelogVersions } from '../scripts/changelog.js';
import { baselineArtifactName, reportArtifactName } from '../src/core/baseline/store-naming.js';
import { optionSpec } from '../src/core/config/options.js';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  'runs-on'?: string;
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const workflow = (name: string): Workflow => parse(readFileSync(`.github/workflows/${name}`, 'utf8'));
const text = (step: Step): string => step.run ?? '';

describe('release.yml', () => {
  const release = workflow('release.yml');
  const jobs = Object.values(release.jobs);
  const steps = jobs.flatMap((job) => job.steps);
  /** The index of the one step that matches. */
  const stepIndex = (what: string, matches: (step: Step) => boolean): number => {
    const found = steps.flatMap((step, i) => (matches(step) ? [i] : []));
    expect({ what, steps: found.length }).toEqual({ what, steps: 1 });
    return found[0] as number;
  };

  it('runs on version tags only, with the permission to write releases and tags', () => {
    expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(release.permissions).toEqual({ contents: 'write' });
    expect(jobs).toHaveLength(1);
  });

  it('checks dist/ and runs the tests with the real toolchain before anything is published', () => {
    const setupNode = stepIndex('setup-node', (s) => s.uses?.startsWith('actions/setup-node@') === true);
    expect(steps[setupNode]?.with?.['node-version']).toBe(24);
    stepIndex('rust toolchain', (s) => s.uses?.startsWith('dtolnay/rust-toolchain@') === true);
    const ci = stepIndex('npm ci', (s) => text(s).trim() === 'npm ci');
    const version = stepIndex('tag is the version', (s) => /package\.json/.test(text(s)));
    expect(text(steps[version] as Step)).toContain('"v$version" != "$GITHUB_REF_NAME"');
    const bundle = stepIndex('bundle', (s) => text(s).trim() === 'npm run bundle');
    const distCheck = stepIndex('dist check', (s) => text(s).includes('git status --porcelain dist'));
    expect(text(steps[distCheck] as Step)).toMatch(
      /if \[ -n "\$\(git status --porcelain dist\)" \]; then[\s\S]*exit 1/
    );
    const test = stepIndex('npm test', (s) => text(s).trim() === 'npm test');
    expect(steps[test]?.env).toMatchObject({ REQUIRE_CARGO: '1' });
    const notes = stepIndex('notes', (s) => text(s).includes('npm run --silent release-notes'));
    const create = stepIndex('release', (s) => text(s).includes('gh release create'));
    expect(text(steps[create] as Step)).toContain('--notes-file "$RUNNER_TEMP/release-notes.md"');
    expect(text(steps[notes] as Step)).toContain('> "$RUNNER_TEMP/release-notes.md"');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression.
    expect(steps[create]?.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    const major = stepIndex('major tag', (s) => text(s).includes('git tag -f'));
    expect(text(steps[major] as Step)).toContain('git tag -f "$major" "$GITHUB_SHA"');
    expect(text(steps[major] as Step)).toContain('git push -f origin "refs/tags/$major"');
    // In this order: nothing is released from a commit whose dist/ or tests are wrong.
    expect([ci, version, bundle, distCheck, test, notes, create, major]).toEqual(
      [ci, version, bundle, distCheck, test, notes, create, major].sort((a, b) => a - b)
    );
    expect(setupNode).toBeLessThan(ci);
  });

  it('prints the notes with the npm script CONTRIBUTING.md names', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['release-notes']).toContain('scripts/release-notes.ts');
    expect(readFileSync('CONTRIBUTING.md', 'utf8')).toContain('`npm run --silent release-notes -- vX.Y.Z`');
  });
});

describe('CHANGELOG.md', () => {
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

  it("has notes for package.json's version, and an Unreleased section first", () => {
    expect(changelogVersions(changelog)[0]).toBe('Unreleased');
    expect(changelogVersions(changelog)).toContain(version);
    expect(changelogSection(changelog, `v${version}`)?.trim()).not.toBe('');
  });

  it('gives a section its own lines only', () => {
    const sample = [
      '# Changelog',
      '',
      '## [Unreleased]',
      '',
      '- next',
      '',
      '## [1.1.0] - 2026-12-01',
      '',
      '### Fixed',
      '',
      '- a fix',
      '',
      '## [1.0.0] - 2026-11-28',
      '',
      '- first',
      '',
      '[1.1.0]: https://example.invalid/compare/v1.0.0...v1.1.0',
      ''
    ].join('\n');
    expect(changelogVersions(sample)).toEqual(['Unreleased', '1.1.0', '1.0.0']);
    expect(changelogSection(sample, 'v1.1.0')).toBe('### Fixed\n\n- a fix\n');
    expect(changelogSection(sample, '1.0.0')).toBe('- first\n');
    expect(changelogSection(sample, '1.0')).toBeNull();
    expect(changelogSection(sample, '2.0.0')).toBeNull();
  });
});

describe('ci.yml', () => {
  const action = workflow('ci.yml').jobs.action as Job;
  const uses = action.steps.find((s) => s.uses === './');

  it("lets the action's job read the baseline artifacts", () => {
    expect(action.permissions).toMatchObject({ actions: 'read', 'pull-requests': 'write' });
  });

  it('uploads no artifact under a name the action uses', () => {
    expect(action['runs-on']).toBe('ubuntu-latest');
    const slot = {
      name: String(uses?.with?.name ?? optionSpec('name').default),
      testbed: String(uses?.with?.testbed ?? optionSpec('testbed').default),
      os: 'Linux'
    };
    const own = action.steps.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(own.length).toBeGreaterThan(0);
    for (const step of own) {
      expect(step.with?.name).not.toBe(reportArtifactName(slot));
      expect(step.with?.name).not.toBe(baselineArtifactName(slot));
    }
  });
});

describe('README', () => {
  it('states the minimum runner version for node24 actions', () => {
    const actionYml = readFileSync('action.yml', 'utf8');
    expect(actionYml).toContain("using: 'node24'");
    expect(readFileSync('README.md', 'utf8')).toMatch(
      /`node24`, which needs the Actions runner \*\*v2\.327\.1 or\s+later\*\*/
    );
  });
});
