// The audit record vouches for files by their sha256: recompute the hashes from the files on disk,
// independently of the code that wrote them, and see them match, and stop matching once a file changes.
// The hashes are of the bytes the run wrote, handed along, never of a second read of the file.

import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { collectAuditFacts, hashedFile, NO_TOOL_VERSIONS } from '../../../src/adapters/audit/collect.js';
import { writeFileAtomic } from '../../../src/adapters/fs/write.js';
import { writeAuditFiles } from '../../../src/app/documents.js';
import { EMPTY_AUDIT_CONFIG } from '../../../src/core/audit/config.js';
import { type AuditRecord, buildAuditRecord } from '../../../src/core/audit/record.js';
import { auditRecordProblems, checkedJsonText } from '../../../src/core/report/schema.js';
import { renderComplianceHtml } from '../../../src/render/html/compliance.js';
import { HOST } from '../../helpers/host.js';
import { localPorts } from '../../helpers/ports.js';
import { BASELINE, COMPARISON, GITHUB_ENV, REPORT, SETTINGS } from '../../render/html/sample.js';

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('audit.json hashes', () => {
  it('match the files next to it when recomputed, and stop matching after a change', async () => {
    const reportDir = mkdtempSync(path.join(tmpdir(), 'audit-report-'));
    const perfJson = path.join(reportDir, 'perf.json');
    const baselineJson = path.join(reportDir, 'baseline', 'baseline.json');
    const auditJson = path.join(reportDir, 'audit.json');
    const perf = await writeFileAtomic(perfJson, checkedJsonText('perf.json', REPORT));
    mkdirSync(path.dirname(baselineJson), { recursive: true });
    const baseline = await writeFileAtomic(baselineJson, `${JSON.stringify(BASELINE, null, 2)}\n`);

    const record = buildAuditRecord({
      generatedAt: new Date().toISOString(),
      actionVersion: '1.0.0',
      env: GITHUB_ENV,
      report: REPORT,
      comparison: COMPARISON,
      settings: SETTINGS,
      facts: await collectAuditFacts({ cwd: reportDir, tools: NO_TOOL_VERSIONS, host: HOST }),
      files: { report: hashedFile(perf, reportDir), baseline: hashedFile(baseline, reportDir) }
    });
    const audit = await writeFileAtomic(auditJson, checkedJsonText('audit.json', record));
    expect(audit.sha256).toBe(sha256(auditJson));

    const written = JSON.parse(readFileSync(auditJson, 'utf8')) as AuditRecord;
    expect(auditRecordProblems(written)).toEqual([]);
    expect(written.files.report.path).toBe('perf.json');
    expect(written.files.baseline?.path).toBe('baseline/baseline.json');
    const vouched = [written.files.report, written.files.baseline].filter((f) => f !== null);
    for (const file of vouched) {
      expect(sha256(path.join(path.dirname(auditJson), file.path))).toBe(file.sha256);
    }
    // The compliance page signs with the same hashes.
    const page = renderComplianceHtml(written, { auditFile: hashedFile(audit, reportDir) });
    expect(page).toContain(`<code class="sha256">${written.files.report.sha256}</code>`);
    expect(page).toContain(`<code class="sha256">${sha256(auditJson)}</code>`);

    appendFileSync(perfJson, ' ');
    expect(sha256(perfJson)).not.toBe(written.files.report.sha256);
  });

  it('are of the bytes this run wrote, even when another perf.json has replaced the file since', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-race-'));
    const perfJson = path.join(dir, 'perf.json');
    const ours = await writeFileAtomic(perfJson, checkedJsonText('perf.json', REPORT));
    // Another run's report lands in between, as it did when two runs shared a report dir.
    const theirs = `${JSON.stringify({ ...REPORT, summary: 'another run' }, null, 2)}\n`;
    writeFileSync(perfJson, theirs);

    const paths = await writeAuditFiles(
      {
        report: REPORT,
        reportFile: ours,
        baselineFile: null,
        dir,
        settings: SETTINGS,
        auditConfig: EMPTY_AUDIT_CONFIG,
        auditVariables: [],
        tools: NO_TOOL_VERSIONS,
        env: GITHUB_ENV,
        workingDirectory: dir,
        header: { commit: null }
      },
      localPorts()
    );
    const record = JSON.parse(readFileSync(paths.auditJson, 'utf8')) as AuditRecord;
    expect(record.files.report).toEqual({ path: 'perf.json', sha256: ours.sha256 });
    expect(ours.sha256).toBe(
      createHash('sha256')
        .update(`${JSON.stringify(REPORT, null, 2)}\n`)
        .digest('hex')
    );
    expect(record.files.report.sha256).not.toBe(sha256(perfJson));
    // compliance.html cites audit.json as written.
    expect(readFileSync(paths.complianceHtml, 'utf8')).toContain(
      `<code class="sha256">${sha256(paths.auditJson)}</code>`
    );
  });
});
