import { describe, expect, it } from '@jest/globals';
import type { AuditRecord } from '../../../src/core/audit/record.js';
import { auditRecordProblems, checkedJsonText } from '../../../src/core/report/schema.js';
import { AUDIT, REPORT } from '../../render/html/sample.js';

const withSettings = (settings: Record<string, unknown>) => ({ ...AUDIT, settings }) as unknown;

describe('audit.json schema', () => {
  it('accepts the record buildAuditRecord makes', () => {
    expect(auditRecordProblems(AUDIT)).toEqual([]);
    expect(auditRecordProblems(JSON.parse(JSON.stringify(AUDIT)))).toEqual([]);
  });

  it('rejects missing and extra fields, bad hashes, bad times and bad origins, naming the path', () => {
    const { files: _files, ...noFiles } = AUDIT;
    expect(auditRecordProblems(noFiles)).toEqual(["(root) must have required property 'files'"]);
    expect(auditRecordProblems({ ...AUDIT, extra: 1 })[0]).toContain('must NOT have additional properties');
    const badHash = { ...AUDIT, files: { ...AUDIT.files, report: { path: 'perf.json', sha256: 'ABC' } } };
    expect(auditRecordProblems(badHash).join(' ')).toContain('/files/report/sha256 must match pattern');
    expect(auditRecordProblems({ ...AUDIT, generated_at: 'yesterday' }).join(' ')).toContain('/generated_at');
    const badOrigin = withSettings({ aggregate: { value: 'max', origin: 'guess' } });
    expect(auditRecordProblems(badOrigin).join(' ')).toContain('/settings/aggregate/origin');
    const badRun = { ...AUDIT, run: { ...AUDIT.run, run_url: 'javascript:alert(1)' } };
    expect(auditRecordProblems(badRun).join(' ')).toContain('/run/run_url must match pattern');
  });

  it('rejects credential-like names among settings and variables', () => {
    expect(
      auditRecordProblems(withSettings({ 'github-token': { value: 'x', origin: 'input' } })).join(' ')
    ).toContain('property name must be valid');
    const env = { ...AUDIT, environment: { ...AUDIT.environment, variables: { DB_PASSWORD: 'x' } } };
    expect(auditRecordProblems(env).join(' ')).toContain('property name must be valid');
  });
});

describe('checkedJsonText', () => {
  it('gives a valid record as indented JSON with one trailing newline', () => {
    const text = checkedJsonText('audit.json', AUDIT);
    expect(JSON.parse(text)).toEqual(AUDIT);
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('refuses an invalid document, naming the file and the schema it broke', () => {
    const bad = { ...AUDIT, schema_version: '2.0' } as unknown as AuditRecord;
    expect(() => checkedJsonText('audit.json', bad)).toThrow(
      'audit.json does not match schema/audit.schema.json: /schema_version must be equal to constant'
    );
    expect(() => checkedJsonText('perf.json', { ...REPORT, status: 'maybe' })).toThrow(
      /^perf\.json does not match schema\/perf-report\.schema\.json: \/status/
    );
    expect(() => checkedJsonText('baseline.json', {})).toThrow(
      /^baseline\.json does not match schema\/baseline\.schema\.json: \(root\) must have required property/
    );
  });
});
