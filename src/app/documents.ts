// The files people look at, next to perf.json: report.html, trend.html, audit.json, audit.html and
// compliance.html. Shell: gathers the facts, hashes the files, renders with the pure renderers.

import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { collectAuditFacts, hashedFile, type ToolVersions } from '../adapters/audit/collect.js';
import type { WrittenFile } from '../adapters/fs/write.js';
import type { AuditConfig } from '../core/audit/config.js';
import { buildAuditRecord } from '../core/audit/record.js';
import type { Config } from '../core/config/config.js';
import type { BaselineFile, BaselineHistoryEntry, PerfReport } from '../core/model.js';
import { checkedJsonText } from '../core/report/schema.js';
import { renderAuditHtml } from '../render/html/audit.js';
import { renderComplianceHtml } from '../render/html/compliance.js';
import type { PageHeader } from '../render/html/layout.js';
import { renderReportHtml } from '../render/html/report.js';
import { quantitiesOf, renderTrendHtml } from '../render/html/trend.js';
import { isoNow, type Ports } from './ports.js';

/** What writing the documents takes from the run's ports. */
export type DocumentPorts = Pick<Ports, 'files' | 'clock' | 'host'>;

export const ACTION_VERSION: string = packageJson.version;

export interface DocumentPaths {
  reportHtml: string;
  trendHtml: string;
  auditJson: string;
  auditHtml: string;
  complianceHtml: string;
}

export function documentPaths(reportDir: string): DocumentPaths {
  return {
    reportHtml: path.join(reportDir, 'report.html'),
    trendHtml: path.join(reportDir, 'trend.html'),
    auditJson: path.join(reportDir, 'audit.json'),
    auditHtml: path.join(reportDir, 'audit.html'),
    complianceHtml: path.join(reportDir, 'compliance.html')
  };
}

export interface DocumentsInput {
  report: PerfReport;
  reportDir: string;
  /** perf.json as this run wrote it: its path and the sha256 of the bytes written go into the audit. */
  reportFile: WrittenFile;
  /** The baseline compared with, its file and the sha256 of the bytes read, when there was one. */
  baseline: { file: BaselineFile; path: string; sha256: string } | null;
  /** The history trend.html shows when a promotion made a longer one than the baseline's. */
  history?: readonly BaselineHistoryEntry[];
  settings: Config['effective'];
  auditConfig: AuditConfig;
  env: NodeJS.ProcessEnv;
  /** Where the workspace is (Cargo.lock is read there). */
  workingDirectory: string;
  /** rustc's and cargo's versions, asked once for the run. */
  tools: ToolVersions;
  /** The checkout: a Cargo.lock inside it may not lead out of it. */
  workspace?: string;
  header: PageHeader;
}

/** trend.html over a history: the baseline's, or the promoted one's when this run promoted. */
async function writeTrendHtml(
  file: string,
  report: PerfReport,
  history: readonly BaselineHistoryEntry[],
  header: PageHeader,
  ports: DocumentPorts
): Promise<void> {
  const floors = { display: report.metrics.display.floor, comp3: report.metrics.comp3.floor };
  await ports.files.write(
    file,
    renderTrendHtml(history, floors, { header, quantities: quantitiesOf(report) })
  );
}

/** report.html and trend.html. */
export async function writeReportPages(
  input: {
    report: PerfReport;
    baseline: BaselineFile | null;
    /** The history trend.html shows: the baseline's, unless a promotion made a longer one. */
    history?: readonly BaselineHistoryEntry[];
    dir: string;
    header: PageHeader;
  },
  ports: DocumentPorts
): Promise<Pick<DocumentPaths, 'reportHtml' | 'trendHtml'>> {
  const { reportHtml, trendHtml } = documentPaths(input.dir);
  const { report, header } = input;
  await ports.files.write(
    reportHtml,
    renderReportHtml(report, { comparison: report.comparison, baseline: input.baseline, header })
  );
  await writeTrendHtml(trendHtml, report, input.history ?? input.baseline?.history ?? [], header, ports);
  return { reportHtml, trendHtml };
}

/** audit.json (validated against its schema), audit.html and compliance.html. */
export async function writeAuditFiles(
  input: {
    report: PerfReport;
    /** perf.json and the baseline compared with: paths and the sha256 of the bytes written or read. */
    reportFile: WrittenFile;
    baselineFile: WrittenFile | null;
    dir: string;
    settings: Config['effective'];
    auditConfig: AuditConfig;
    env: NodeJS.ProcessEnv;
    workingDirectory: string;
    tools: ToolVersions;
    workspace?: string;
    header: PageHeader;
  },
  ports: DocumentPorts
): Promise<Pick<DocumentPaths, 'auditJson' | 'auditHtml' | 'complianceHtml'>> {
  const { auditJson, auditHtml, complianceHtml } = documentPaths(input.dir);
  const record = buildAuditRecord({
    generatedAt: isoNow(ports.clock),
    actionVersion: ACTION_VERSION,
    env: input.env,
    report: input.report,
    comparison: input.report.comparison,
    settings: input.settings,
    facts: await collectAuditFacts({
      cwd: input.workingDirectory,
      tools: input.tools,
      host: ports.host,
      workspace: input.workspace
    }),
    files: {
      report: hashedFile(input.reportFile, input.dir),
      baseline: input.baselineFile ? hashedFile(input.baselineFile, input.dir) : null
    },
    config: input.auditConfig
  });
  const written = await ports.files.write(auditJson, checkedJsonText('audit.json', record));
  await ports.files.write(auditHtml, renderAuditHtml(record, { header: input.header }));
  await ports.files.write(
    complianceHtml,
    renderComplianceHtml(record, { auditFile: hashedFile(written, input.dir), header: input.header })
  );
  return { auditJson, auditHtml, complianceHtml };
}

/** All five next to perf.json. */
export async function writeDocuments(input: DocumentsInput, ports: DocumentPorts): Promise<DocumentPaths> {
  const pages = await writeReportPages(
    {
      report: input.report,
      baseline: input.baseline?.file ?? null,
      ...(input.history ? { history: input.history } : {}),
      dir: input.reportDir,
      header: input.header
    },
    ports
  );
  const audit = await writeAuditFiles(
    {
      report: input.report,
      reportFile: input.reportFile,
      baselineFile: input.baseline ? { path: input.baseline.path, sha256: input.baseline.sha256 } : null,
      dir: input.reportDir,
      settings: input.settings,
      auditConfig: input.auditConfig,
      env: input.env,
      workingDirectory: input.workingDirectory,
      tools: input.tools,
      workspace: input.workspace,
      header: input.header
    },
    ports
  );
  return { ...pages, ...audit };
}
