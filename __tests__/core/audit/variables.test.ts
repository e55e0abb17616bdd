import { describe, expect, it } from '@jest/globals';
import { isPublicVariable, mayRecordValue } from '../../../src/core/audit/variables.js';

describe('isPublicVariable', () => {
  it("is CI and the runner's GITHUB_* and RUNNER_* variables", () => {
    for (const name of [
      'CI',
      'GITHUB_REF',
      'GITHUB_SHA',
      'GITHUB_RUN_ID',
      'GITHUB_WORKSPACE',
      'RUNNER_OS',
      'RUNNER_TEMP'
    ])
      expect(isPublicVariable(name)).toBe(true);
  });

  it('is never a name with TOKEN, SECRET, KEY or PASSWORD in it, nor one that looks like a credential', () => {
    for (const name of [
      'GITHUB_TOKEN',
      'GITHUB_APP_SECRET',
      'GITHUB_DEPLOYKEY',
      'GITHUB_KEYRING',
      'RUNNER_PASSWORD',
      'RUNNER_AUTH',
      'GITHUB_PAT',
      'RUNNER_COOKIE_JAR'
    ])
      expect(isPublicVariable(name)).toBe(false);
  });

  it('is no other name, nor another spelling of these', () => {
    for (const name of [
      'SLACK_WEBHOOK',
      'LICENSE_CODE',
      'RUSTFLAGS',
      'CI_NAME',
      'github_ref',
      'GITHUB',
      'MY_GITHUB_REF'
    ])
      expect(isPublicVariable(name)).toBe(false);
  });
});

describe('mayRecordValue', () => {
  const allowed = new Set(['RUSTFLAGS', 'API_TOKEN']);

  it("allows the workflow's names and the public ones", () => {
    expect(mayRecordValue('RUSTFLAGS', allowed)).toBe(true);
    expect(mayRecordValue('GITHUB_REF', allowed)).toBe(true);
    expect(mayRecordValue('SLACK_WEBHOOK', allowed)).toBe(false);
  });

  it('never allows a credential, even one the workflow names', () => {
    expect(mayRecordValue('API_TOKEN', allowed)).toBe(false);
  });
});
