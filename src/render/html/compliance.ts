// compliance.html: one printable page for a reviewer: the SLOs, what was measured, the verdict, and a
// signature block that ties the verdict to the commit, the run and the files by their hashes.

import type { AuditRecord, HashedFile } from '../../core/audit/record.js';
import { auditHeader, hashTable, labelsLine, runLink, sloTable } from './audit.js';
import { html } from './escape.js';
import { type PageHeader, page } from './layout.js';
import { COMPLIANCE_MEANING, complianceBadge, facts, findingsList, statusBadge } from './parts.js';

export interface CompliancePageOptions {
  /** audit.json's own hash, when the caller has written it. */
  auditFile?: HashedFile | null;
  header?: PageHeader;
}

const VERDICT: Readonly<Record<AuditRecord['results']['compliance_level'], string>> = {
  FullyCompliant: 'Meets the performance SLOs',
  ConditionallyCompliant: 'Meets the performance SLOs, with conditions',
  RequiresAttention: 'Meets the performance SLOs, but requires attention',
  NonCompliant: 'Does not meet the performance SLOs'
};

export function renderComplianceHtml(audit: AuditRecord, options: CompliancePageOptions = {}): string {
  const header = { ...auditHeader(audit), ...options.header };
  const r = audit.run;
  const level = audit.results.compliance_level;
  const files: Array<readonly [string, HashedFile | null]> = [
    ['Report (perf.json)', audit.files.report],
    ['Baseline used', audit.files.baseline]
  ];
  if (options.auditFile) files.push(['Audit record (audit.json)', options.auditFile]);
  const headline = labelsLine(audit);
  const body = html`<section class="card verdict" data-verdict="${level}">
<div class="label">Verdict</div>
<div class="value">${VERDICT[level]}</div>
<p>${complianceBadge(level)} ${statusBadge(audit.results.status)} ${COMPLIANCE_MEANING[level]}</p>
</section>
<h2>Service level objectives</h2>
${sloTable(audit.results.metrics)}
<h2>Findings</h2>
${findingsList(audit.results.errors, audit.results.warnings)}
<h2>Signature</h2>
<section class="signature">
${facts([
  ['Repository', r.repository],
  ['Commit', r.commit ? html`<code>${r.commit}</code>` : null],
  ['Ref', r.ref ? html`<code>${r.ref}</code>` : null],
  ['Run', runLink(audit)],
  ['Actor', r.actor],
  ['Measured at', audit.results.measured_at],
  ['Recorded at', audit.generated_at],
  ['Tool', `copybook-bench ${audit.tools.action_version}`]
])}
${hashTable(files)}
<div class="sign-line"><div>Reviewed by</div><div>Date</div></div>
</section>`;
  return page({ title: 'Performance compliance summary', header, headline, body });
}
