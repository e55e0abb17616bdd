// The audit record vouches for files by their sha256: recompute the hashes from the files on disk,
// independently of the code that wrote them, and see them match, and stop matching once a file changes.

import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { collectAuditFacts, hashFile, NO_TOOL_VERSIONS } from '../../src/audit/collect.js';
import { type AuditRecord, buildAuditRecord } from '../../src/audit/record.js';
import { auditRecordProblems, writeAuditRecord } from '../../src/audit/write.js';
import { renderComplianceHtml } from '../../src/render/html/compliance.js';
import { writePerfReport } from '../../src/report/write.js';
import { BASELINE, COMPARISON, GITHUB_ENV, REPORT, SETTINGS } from '../render/html/sample.js';

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('audit.json hashes', () => {
  it('match the files next to it when recomputed, and stop matching after a change', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'audit-report-'));
    const perfJson = path.join(reportDir, 'perf.json');
    const baselineJson = path.join(reportDir, 'baseline', 'baseline.json');
    const auditJson = path.join(reportDir, 'audit.json');
    await writePerfReport(perfJson, REPORT);
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(baselineJson), { recursive: true }));
    writeFileSync(baselineJson, `${JSON.stringify(BASELINE, null, 2)}\n`);

    const record = buildAuditRecord({
      generatedAt: new Date().toISOString(),
      actionVersion: '1.0.0',
      env: GITHUB_ENV,
      report: REPORT,
      comparison: COMPARISON,
      settings: SETTINGS,
      facts: await collectAuditFacts({ cwd: reportDir, tools: NO_TOOL_VERSIONS }),
      files: {
        report: await hashFile(perfJson, reportDir),
        baseline: await hashFile(baselineJson, reportDir)
      }
    });
    await writeAuditRecord(auditJson, record);

    const written = JSON.parse(readFileSync(auditJson, 'utf8')) as AuditRecord;
    expect(auditRecordProblems(written)).toEqual([]);
    expect(written.files.report.path).toBe('perf.json');
    expect(written.files.baseline?.path).toBe('baseline/baseline.json');
    const vouched = [written.files.report, written.files.baseline].filter((f) => f !== null);
    for (const file of vouched) {
      expect(sha256(path.join(path.dirname(auditJson), file.path))).toBe(file.sha256);
    }
    // The compliance page signs with the same hashes.
    const page = renderComplianceHtml(written, { auditFile: await hashFile(auditJson, reportDir) });
    expect(page).toContain(`<code class="sha256">${written.files.report.sha256}</code>`);
    expect(page).toContain(`<code class="sha256">${sha256(auditJson)}</code>`);

    appendFileSync(perfJson, ' ');
    expect(sha256(perfJson)).not.toBe(written.files.report.sha256);
  });
});
