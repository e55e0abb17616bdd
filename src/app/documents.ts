// The documents stage, the one writer of the report dir: perf.json first (whatever happens to the
// rest, the report is on disk), summary.md, cargo-bench.txt, the promoted baseline.json, report.html,
// trend.html, audit.json, audit.html, compliance.html and comment.md. Renders with the pure
// renderers; publishing them is the publish stage's.

import path from 'node:path';
import packageJson from '../../package.json' with { type: 'json' };
import { hashedFile, type ToolVersions } from '../adapters/audit/collect.js';
import type { WrittenFile } from '../adapters/fs/write.js';
import type { Analysis } from '../core/analyze.js';
import type { AuditConfig } from '../core/audit/config.js';
import { buildAuditRecord } from '../core/audit/record.js';
import type { Config } from '../core/config/config.js';
import { dashboardUrl } from '../core/history/dashboard-url.js';
import type { BaselineFile, BaselineHistoryEntry, PerfReport } from '../core/model.js';
import { checkedJsonText } from '../core/report/schema.js';
import { baselineSections, sectionsAsMarkdown } from '../render/baseline-sections.js';
import {
  type CommentSection,
  dashboardLine,
  type RenderedComment,
  renderComment
} from '../render/comment.js';
import { renderAuditHtml } from '../render/html/audit.js';
import { renderComplianceHtml } from '../render/html/compliance.js';
import type { PageHeader } from '../render/html/layout.js';
import { renderReportHtml } from '../render/html/report.js';
import { quantitiesOf, renderTrendHtml } from '../render/html/trend.js';
import { renderSummary } from '../render/summary.js';
import type { NewBaseline } from './baseline.js';
import { baselinePath } from './compare.js';
import type { Gathered } from './gather.js';
import type { Plan, RunBaseline } from './plan.js';
import { isoNow, type Ports } from './ports.js';

/** What writing the documents takes from the run's ports. */
export type DocumentPorts = Pick<Ports, 'files' | 'clock' | 'host' | 'read' | 'env'>;

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
  /** The variables whose values the workflow lets the audit record hold (`audit-variables`). */
  auditVariables: readonly string[];
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
    auditVariables: readonly string[];
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
    auditVariables: input.auditVariables,
    report: input.report,
    comparison: input.report.comparison,
    settings: input.settings,
    facts: await ports.read.auditFacts({
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
      auditVariables: input.auditVariables,
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

/** What the run wrote: the report, the summary, the pages, the comment. */
export interface Written {
  reportDir: string;
  reportPath: string;
  summaryPath: string;
  summaryMarkdown: string;
  /** perf.json as written: its path and the sha256 of the bytes (the audit vouches for them). */
  reportFile: WrittenFile;
  /** The baseline's sections (comparison, trend) for the PR comment; also in the summary. */
  sections: CommentSection[];
  /** What the HTML pages say about the run (project, run link, commit). */
  pageHeader: PageHeader;
  pages: DocumentPaths;
  /** comment.md, exactly what is posted; null when this report has no comment of its own. */
  comment: { path: string; rendered: RenderedComment } | null;
}

/** Everything a run's documents are made of. */
export interface RunDocumentsInput {
  plan: Plan;
  analysis: Analysis;
  gathered: Pick<Gathered, 'output' | 'tools'>;
  baseline: RunBaseline | null;
  /** The new baseline when this run promotes: written as baseline.json, and trend.html ends with it. */
  promoted: NewBaseline | null;
  /** Write comment.md (a testbed of a merge over several shares one comment: no). */
  comment: boolean;
}

/** Every document of a run, perf.json first. */
export async function writeRunDocuments(input: RunDocumentsInput, ports: DocumentPorts): Promise<Written> {
  const { plan, analysis, baseline, promoted } = input;
  const { report } = analysis;
  // The run may have swapped the report dir (or a parent) for a symlink since it was checked.
  ports.read.recheck(plan.paths.reportDir, 'report-dir');
  const reportDir = plan.paths.reportDir.path;
  const reportPath = path.join(reportDir, 'perf.json');
  const reportFile = await ports.files.write(reportPath, checkedJsonText('perf.json', report));
  // A paired comparison stands without a stored baseline too.
  const state = baseline?.state ?? (report.comparison ? { compared: true, history: [], branch: null } : null);
  const sections = state ? baselineSections(report, state) : [];
  const summaryPath = path.join(reportDir, 'summary.md');
  const dashboard = dashboardUrl(plan.config, plan.github);
  const summaryMarkdown = renderSummary(
    report,
    [sectionsAsMarkdown(sections), dashboard ? dashboardLine(dashboard) : ''].filter(Boolean).join('\n\n')
  );
  await ports.files.write(summaryPath, summaryMarkdown);
  // What cargo bench printed, kept with the report: evidence, and input for `source: stdout`.
  if (input.gathered.output !== null)
    await ports.files.write(path.join(reportDir, 'cargo-bench.txt'), input.gathered.output);
  if (promoted) await ports.files.write(baselinePath(reportDir), promoted.text);
  const pageHeader = {
    project: plan.identity.project,
    runUrl: plan.github.runUrl,
    commit: plan.github.headSha ?? report._metadata.git_commit
  };
  const pages = await writeDocuments(
    {
      report,
      reportDir,
      reportFile,
      baseline:
        baseline?.input && baseline.path && baseline.sha256
          ? { file: baseline.input.file, path: baseline.path, sha256: baseline.sha256 }
          : null,
      // After a promotion the trend ends with this run.
      ...(promoted ? { history: promoted.file.history } : {}),
      settings: plan.config.effective,
      auditConfig: plan.auditConfig,
      auditVariables: plan.config.auditVariables,
      env: ports.env,
      workingDirectory: plan.paths.workingDirectory,
      tools: input.gathered.tools,
      workspace: plan.paths.workspace,
      header: pageHeader
    },
    ports
  );
  const comment = input.comment ? await writeComment(plan, reportDir, report, sections, ports) : null;
  return {
    reportDir,
    reportPath,
    summaryPath,
    summaryMarkdown,
    reportFile,
    sections,
    pageHeader,
    pages,
    comment
  };
}

/** comment.md: the sticky comment as it will be posted. */
export async function writeComment(
  plan: Pick<Plan, 'config' | 'identity' | 'github' | 'template'>,
  reportDir: string,
  report: PerfReport,
  sections: readonly CommentSection[],
  ports: Pick<Ports, 'files'>
): Promise<{ path: string; rendered: RenderedComment }> {
  const rendered = renderComment(report, {
    project: plan.identity.project,
    name: plan.config.name,
    runUrl: plan.github.runUrl,
    dashboardUrl: dashboardUrl(plan.config, plan.github),
    commit: plan.github.pullRequest?.headSha ?? null,
    template: plan.template,
    sections
  });
  return writeCommentFile(reportDir, rendered, ports);
}

/** comment.md in `reportDir`. */
export async function writeCommentFile(
  reportDir: string,
  rendered: RenderedComment,
  ports: Pick<Ports, 'files'>
): Promise<{ path: string; rendered: RenderedComment }> {
  const file = path.join(reportDir, 'comment.md');
  await ports.files.write(file, rendered.body);
  return { path: file, rendered };
}
