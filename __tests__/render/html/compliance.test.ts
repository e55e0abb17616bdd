import { describe, expect, it } from '@jest/globals';
import type { AuditRecord } from '../../../src/core/audit/record.js';
import { renderComplianceHtml } from '../../../src/render/html/compliance.js';
import { ALLOWED_TAGS, tagsIn, urlsIn } from './markup.js';
import { AUDIT, HOSTILE } from './sample.js';

const withLevel = (level: AuditRecord['results']['compliance_level']): AuditRecord => ({
  ...AUDIT,
  results: { ...AUDIT.results, compliance_level: level }
});

describe('renderComplianceHtml', () => {
  it('states the verdict for each compliance level', () => {
    expect(renderComplianceHtml(withLevel('FullyCompliant'))).toContain(
      '<div class="value">Meets the performance SLOs</div>'
    );
    expect(renderComplianceHtml(withLevel('ConditionallyCompliant'))).toContain(
      'Meets the performance SLOs, with conditions'
    );
    expect(renderComplianceHtml(withLevel('RequiresAttention'))).toContain(
      'Meets the performance SLOs, but requires attention'
    );
    expect(renderComplianceHtml(withLevel('NonCompliant'))).toContain(
      '<div class="value">Does not meet the performance SLOs</div>'
    );
  });

  it('lists both SLOs with floor, measured value and result, and the findings', () => {
    const page = renderComplianceHtml(AUDIT);
    expect(page.match(/<tr data-metric=/g)).toHaveLength(2);
    expect(page).toContain('≥ 420 MiB/s (440 MB/s)');
    expect(page).toContain('<td class="num measured">4.000 GiB/s<br><small>95% [');
    expect(page).toContain('data-status="warn"');
    expect(page).toContain('is within 1.25× of the floor');
  });

  it('signs with the commit, the run link and the hashes, audit.json included when given', () => {
    const page = renderComplianceHtml(AUDIT, { auditFile: { path: 'audit.json', sha256: 'c'.repeat(64) } });
    const signature = page.slice(page.indexOf('<section class="signature">'));
    expect(signature).toContain(`<code>${AUDIT.run.commit}</code>`);
    expect(signature).toContain(`<a href="${AUDIT.run.run_url}">9001 (attempt 2)</a>`);
    expect(signature.match(/<code class="sha256">([0-9a-f]{64})<\/code>/g)).toHaveLength(3);
    expect(signature).toContain('<tr data-file="Audit record (audit.json)">');
    expect(signature).toContain('Reviewed by');
    expect(renderComplianceHtml(AUDIT).match(/<code class="sha256">/g)).toHaveLength(2);
  });

  it('escapes labels and never links a run URL that is not http(s)', () => {
    const page = renderComplianceHtml({ ...AUDIT, run: { ...AUDIT.run, run_url: 'javascript:alert(1)' } });
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('compliance-framework: <strong>SOC 2</strong>');
    expect(urlsIn(page)).toEqual([]);
    expect([...tagsIn(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  });
});
