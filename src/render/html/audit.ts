// audit.html: the audit record of a run, every field, for a reviewer who files evidence.

import type { AuditMetric, AuditRecord, HashedFile } from '../../core/audit/record.js';
import { WITHHELD_VALUE } from '../../core/audit/variables.js';
import { formatByteRate, formatBytes, formatNs } from '../../core/units.js';
import { html, link, type SafeHtml } from './escape.js';
import { type PageHeader, page } from './layout.js';
import {
  COMPLIANCE_MEANING,
  complianceBadge,
  facts,
  findingsList,
  floorText,
  formatFactor,
  metricValueText,
  statusBadge
} from './parts.js';

export interface AuditPageOptions {
  header?: PageHeader;
}

/** What the record says about the run, for the page header. */
export function auditHeader(audit: AuditRecord): PageHeader {
  return {
    project: audit.run.repository,
    runUrl: audit.run.run_url,
    commit: audit.run.commit,
    generatedAt: audit.generated_at
  };
}

export function labelsLine(audit: AuditRecord): SafeHtml | null {
  const labels = Object.entries(audit.labels);
  if (labels.length === 0) return null;
  return html`<p class="labels">${labels.map(
    ([name, value], i) =>
      html`${i > 0 ? ' · ' : ''}<span data-label="${name}">${name}: <strong>${value}</strong></span>`
  )}</p>`;
}

/** The SLO table: one row per metric with its floor, the measured value and interval, and the result. */
export function sloTable(metrics: Readonly<Record<string, AuditMetric>>): SafeHtml {
  const rows = Object.entries(metrics).map(([name, m]) => {
    const bps = m.bytes_per_second;
    return html`<tr data-metric="${name}"><td>${m.label} throughput</td><td class="num">≥ ${floorText(m)}</td><td class="num measured">${metricValueText(m, bps?.point ?? null)}${
      bps
        ? html`<br><small>95% [${metricValueText(m, bps.lower)} – ${metricValueText(m, bps.upper)}]</small>`
        : null
    }</td><td class="num">${formatFactor(m.safety_factor)}</td><td>${statusBadge(m.status)}</td></tr>`;
  });
  return html`<table class="slos"><thead><tr><th>SLO</th><th class="num">Floor</th><th class="num">Measured</th><th class="num">Safety factor</th><th>Result</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function hashTable(files: ReadonlyArray<readonly [string, HashedFile | null]>): SafeHtml {
  return html`<table class="hashes"><thead><tr><th>File</th><th>Path</th><th>sha256</th></tr></thead><tbody>${files.map(
    ([label, f]) =>
      html`<tr data-file="${label}"><td>${label}</td><td>${f ? html`<code>${f.path}</code>` : 'none'}</td><td>${f ? html`<code class="sha256">${f.sha256}</code>` : '—'}</td></tr>`
  )}</tbody></table>`;
}

/** The run id and attempt, linked to the run when its URL is known. */
export function runLink(audit: AuditRecord): SafeHtml | null {
  const { run_id: id, run_attempt: attempt, run_url: url } = audit.run;
  return id ? link(url, `${id}${attempt ? ` (attempt ${attempt})` : ''}`) : null;
}

function runFacts(audit: AuditRecord): SafeHtml {
  const r = audit.run;
  return facts([
    ['Repository', r.repository],
    ['Workflow', r.workflow],
    ['Workflow file', r.workflow_ref ? html`<code>${r.workflow_ref}</code>` : null],
    ['Run', runLink(audit)],
    ['Actor', r.actor],
    ['Triggered by', r.triggering_actor],
    ['Event', r.event],
    ['Ref', r.ref ? html`<code>${r.ref}</code>` : null],
    ['Commit', r.commit ? html`<code>${r.commit}</code>` : null],
    ['Measured at', audit.results.measured_at],
    ['Recorded at', audit.generated_at]
  ]);
}

function toolFacts(audit: AuditRecord): SafeHtml {
  const t = audit.tools;
  return facts([
    ['copybook-bench', `${t.action_version}${t.action_ref ? ` (used as @${t.action_ref})` : ''}`],
    ['Node.js', t.node],
    ['rustc', t.rustc],
    ['cargo', t.cargo],
    [
      'criterion',
      t.criterion
        ? html`${t.criterion.versions.length > 0 ? t.criterion.versions.join(', ') : 'not in the lock file'} <small>(from <code>${t.criterion.lockfile}</code>)</small>`
        : 'no Cargo.lock found'
    ]
  ]);
}

/** A variable's value; unset and withheld ones (audit-variables did not allow them) in words. */
function variableValue(value: string | null): SafeHtml {
  if (value === null) return html`<em>unset</em>`;
  if (value === WITHHELD_VALUE) return html`<em>${WITHHELD_VALUE}</em>`;
  return html`<code>${value}</code>`;
}

function environmentFacts(audit: AuditRecord): SafeHtml {
  const e = audit.environment;
  const runner = [e.runner.name, e.runner.os, e.runner.arch, e.runner.environment].filter((v) => v !== null);
  const variables = Object.entries(e.variables);
  return html`${facts([
    ['Operating system', `${e.os} ${e.os_release} (${e.arch})`],
    ['CPU', e.cpu_model],
    ['Cores', String(e.cpu_cores)],
    ['Memory', formatBytes(e.memory_bytes)],
    ['Runner', runner.length > 0 ? runner.join(' · ') : null]
  ])}${
    variables.length > 0
      ? html`<h3>Environment variables</h3><table class="variables"><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody>${variables.map(
          ([name, value]) => html`<tr><td><code>${name}</code></td><td>${variableValue(value)}</td></tr>`
        )}</tbody></table>`
      : null
  }`;
}

function settingsTable(audit: AuditRecord): SafeHtml {
  return html`<table class="settings"><thead><tr><th>Setting</th><th>Value</th><th>From</th></tr></thead><tbody>${Object.entries(
    audit.settings
  ).map(
    ([name, s]) =>
      html`<tr data-setting="${name}"><td><code>${name}</code></td><td><code>${s.value}</code></td><td>${s.origin}</td></tr>`
  )}</tbody></table>`;
}

function benchmarksTable(audit: AuditRecord): SafeHtml | null {
  const benchmarks = audit.results.benchmarks;
  if (!benchmarks) return null;
  return html`<h2>Benchmarks (${benchmarks.length})</h2><table class="benchmarks"><thead><tr><th>Benchmark</th><th>Metric</th><th class="num">Time / iteration</th><th class="num">Throughput</th></tr></thead><tbody>${benchmarks.map(
    (b) =>
      html`<tr data-id="${b.id}"><td class="id">${b.id}</td><td>${b.metric === null ? '' : audit.results.metrics[b.metric].label}</td><td class="num">${formatNs(b.time_ns)}</td><td class="num">${b.bytes_per_second === null ? '—' : formatByteRate(b.bytes_per_second)}</td></tr>`
  )}</tbody></table>`;
}

export function renderAuditHtml(audit: AuditRecord, options: AuditPageOptions = {}): string {
  const header = { ...auditHeader(audit), ...options.header };
  const c = audit.results.comparison;
  const headline = html`<p class="badges">${statusBadge(audit.results.status)} ${complianceBadge(audit.results.compliance_level)}</p>
<p class="summary">${audit.results.summary}</p>${labelsLine(audit)}`;
  const body = html`<h2>Who and what</h2>
${runFacts(audit)}
<h2>Results</h2>
<p>${complianceBadge(audit.results.compliance_level)} ${COMPLIANCE_MEANING[audit.results.compliance_level]}</p>
${sloTable(audit.results.metrics)}
<p>${audit.results.benchmark_count} benchmark${audit.results.benchmark_count === 1 ? '' : 's'} measured. ${
    c
      ? html`Compared with the baseline of commit <code>${c.baseline_commit ?? 'unknown'}</code> (promoted ${c.baseline_promoted_at}): ${c.regressions} regression${c.regressions === 1 ? '' : 's'}, ${c.improvements} improvement${c.improvements === 1 ? '' : 's'}.`
      : 'No baseline comparison.'
  }</p>
${findingsList(audit.results.errors, audit.results.warnings)}
${benchmarksTable(audit)}
<h2>Files and hashes</h2>
<p>Recompute a hash with <code>sha256sum &lt;file&gt;</code> next to audit.json; a different value means the file changed after this record was written.</p>
${hashTable([
  ['Report (perf.json)', audit.files.report],
  ['Baseline used', audit.files.baseline]
])}
<h2>Tools</h2>
${toolFacts(audit)}
<h2>Environment</h2>
${environmentFacts(audit)}
<h2>Settings and where each came from</h2>
${settingsTable(audit)}`;
  return page({ title: 'Audit record', header, headline, body });
}
