// The audit record (audit.json, schema/audit.schema.json): who ran what, when, with which tools on
// which machine, with which settings from where, what came out, and the sha256 of the files it
// vouches for. Pure: the shell collects the facts and hashes and hands them in.

import type { SettingOrigin } from '../config/config.js';
import type { Interval } from '../criterion/measurement.js';
import type { Status } from '../findings.js';
import type { ComplianceLevel } from '../floors.js';
import { runUrl } from '../github-events.js';
import type { MetricName } from '../metrics.js';
import type { Comparison, MetricReport, PerfReport } from '../model.js';
import { isCredentialName, redactText } from '../redact.js';
import { type AuditConfig, EMPTY_AUDIT_CONFIG } from './config.js';
import { mayRecordValue, WITHHELD_VALUE } from './variables.js';

/** A file the record vouches for: its path relative to audit.json and its sha256 (hex). */
export interface HashedFile {
  path: string;
  sha256: string;
}

/** What the shell finds out about the tools and the machine. */
export interface AuditFacts {
  node: string;
  rustc: string | null;
  cargo: string | null;
  criterion: { versions: string[]; lockfile: string } | null;
  os: { platform: string; release: string; arch: string };
  cpu: { model: string | null; cores: number };
  memoryBytes: number;
}

export interface AuditMetric {
  label: string;
  unit: 'GiB/s' | 'MiB/s';
  /** The point value in `unit`, unrounded. */
  value: number | null;
  bytes_per_second: Interval | null;
  floor: { text: string; bytes_per_second: number };
  safety_factor: number | null;
  status: Status | 'missing';
  ids: string[];
}

export interface AuditRecord {
  schema_version: '1.0';
  generated_at: string;
  run: {
    repository: string | null;
    workflow: string | null;
    workflow_ref: string | null;
    run_id: string | null;
    run_attempt: string | null;
    run_url: string | null;
    actor: string | null;
    triggering_actor: string | null;
    event: string | null;
    ref: string | null;
    commit: string | null;
  };
  tools: {
    action_version: string;
    action_ref: string | null;
    node: string;
    rustc: string | null;
    cargo: string | null;
    criterion: { versions: string[]; lockfile: string } | null;
  };
  environment: {
    os: string;
    os_release: string;
    arch: string;
    cpu_model: string | null;
    cpu_cores: number;
    memory_bytes: number;
    runner: { name: string | null; os: string | null; arch: string | null; environment: string | null };
    variables: Record<string, string | null>;
  };
  settings: Record<string, { value: string; origin: SettingOrigin }>;
  results: {
    measured_at: string;
    status: Status;
    compliance_level: ComplianceLevel;
    summary: string;
    metrics: Record<MetricName, AuditMetric>;
    benchmark_count: number;
    errors: string[];
    warnings: string[];
    comparison: {
      baseline_commit: string | null;
      baseline_promoted_at: string;
      regressions: number;
      improvements: number;
    } | null;
    /** Only when the audit config asks for them. */
    benchmarks?: Array<{
      id: string;
      metric: MetricName | null;
      time_ns: number;
      bytes_per_second: number | null;
    }>;
  };
  files: { report: HashedFile; baseline: HashedFile | null };
  labels: Record<string, string>;
}

export interface AuditInput {
  /** ISO 8601 UTC of the record. */
  generatedAt: string;
  actionVersion: string;
  /** The run's environment (GITHUB_*, RUNNER_* and the variables the audit config names). */
  env: Readonly<Record<string, string | undefined>>;
  /**
   * The variables whose values the workflow lets the record hold (`audit-variables`), besides the
   * runner's public ones; the audit config's other names are recorded as withheld.
   */
  auditVariables?: readonly string[];
  report: PerfReport;
  comparison?: Comparison | null;
  settings: Readonly<Record<string, { value: string; origin: SettingOrigin }>>;
  facts: AuditFacts;
  files: { report: HashedFile; baseline: HashedFile | null };
  config?: AuditConfig;
}

const text = (value: string | undefined): string | null =>
  value === undefined || value === '' ? null : value;

function metric(m: MetricReport): AuditMetric {
  return {
    label: m.label,
    unit: m.unit,
    value: m.value,
    bytes_per_second: m.bytes_per_second,
    floor: { text: m.floor.text, bytes_per_second: m.floor.bytes_per_second },
    safety_factor: m.safety_factor,
    status: m.status,
    ids: [...m.ids]
  };
}

/** The settings, without any whose name says it holds a secret. */
function auditSettings(settings: AuditInput['settings']): AuditRecord['settings'] {
  return Object.fromEntries(
    Object.entries(settings)
      .filter(([name]) => !isCredentialName(name))
      .map(([name, s]) => [name, { value: s.value, origin: s.origin }])
  );
}

/**
 * The variables the audit config names, without any whose name says it holds a secret: a value
 * (redacted) when the workflow allows it (mayRecordValue), else withheld, set or not. The audit
 * config is the pull request's file; it chooses names, never which values are shown.
 */
function auditVariables(
  env: AuditInput['env'],
  names: readonly string[],
  allowed: ReadonlySet<string>
): Record<string, string | null> {
  return Object.fromEntries(
    names
      .filter((name) => !isCredentialName(name))
      .map((name) => {
        if (!mayRecordValue(name, allowed)) return [name, WITHHELD_VALUE];
        const value = env[name];
        return [name, value === undefined ? null : redactText(value)];
      })
  );
}

function runSection(env: AuditInput['env'], report: PerfReport): AuditRecord['run'] {
  return {
    repository: text(env.GITHUB_REPOSITORY),
    workflow: text(env.GITHUB_WORKFLOW),
    workflow_ref: text(env.GITHUB_WORKFLOW_REF),
    run_id: text(env.GITHUB_RUN_ID),
    run_attempt: text(env.GITHUB_RUN_ATTEMPT),
    run_url: runUrl(env),
    actor: text(env.GITHUB_ACTOR),
    triggering_actor: text(env.GITHUB_TRIGGERING_ACTOR),
    event: text(env.GITHUB_EVENT_NAME),
    ref: text(env.GITHUB_REF),
    // The commit that was measured; the environment's when the report has none.
    commit: report._metadata.git_commit ?? text(env.GITHUB_SHA)
  };
}

function toolsSection(input: AuditInput): AuditRecord['tools'] {
  const { env, facts } = input;
  return {
    action_version: input.actionVersion,
    action_ref: text(env.GITHUB_ACTION_REF),
    node: facts.node,
    rustc: facts.rustc,
    cargo: facts.cargo,
    criterion: facts.criterion
      ? { versions: [...facts.criterion.versions], lockfile: facts.criterion.lockfile }
      : null
  };
}

function environmentSection(
  env: AuditInput['env'],
  facts: AuditFacts,
  variables: Record<string, string | null>
): AuditRecord['environment'] {
  return {
    os: facts.os.platform,
    os_release: facts.os.release,
    arch: facts.os.arch,
    cpu_model: facts.cpu.model,
    cpu_cores: facts.cpu.cores,
    memory_bytes: facts.memoryBytes,
    runner: {
      name: text(env.RUNNER_NAME),
      os: text(env.RUNNER_OS),
      arch: text(env.RUNNER_ARCH),
      environment: text(env.RUNNER_ENVIRONMENT)
    },
    variables
  };
}

function resultsSection(
  report: PerfReport,
  comparison: Comparison | null,
  withBenchmarks: boolean
): AuditRecord['results'] {
  const results: AuditRecord['results'] = {
    measured_at: report._metadata.timestamp,
    status: report.status,
    compliance_level: report.compliance_level,
    summary: report.summary,
    metrics: { display: metric(report.metrics.display), comp3: metric(report.metrics.comp3) },
    benchmark_count: report.benchmarks.length,
    errors: [...report.errors],
    warnings: [...report.warnings],
    comparison: comparison
      ? {
          baseline_commit: comparison.baseline.commit,
          baseline_promoted_at: comparison.baseline.promoted_at,
          regressions: comparison.regressions,
          improvements: comparison.improvements
        }
      : null
  };
  if (withBenchmarks) {
    results.benchmarks = report.benchmarks.map((b) => ({
      id: b.id,
      metric: b.metric,
      time_ns: b.time_ns.point,
      bytes_per_second: b.bytes_per_second?.point ?? null
    }));
  }
  return results;
}

export function buildAuditRecord(input: AuditInput): AuditRecord {
  const { env, report, facts } = input;
  const config = input.config ?? EMPTY_AUDIT_CONFIG;
  // Secrets never enter the record, whatever a setting or an audit config is called. Settings come
  // redacted (Config['effective']); a variable's value may still be a URL with a password in it.
  const settings = auditSettings(input.settings);
  const variables = auditVariables(env, config.environmentVariables, new Set(input.auditVariables ?? []));
  return {
    schema_version: '1.0',
    generated_at: input.generatedAt,
    run: runSection(env, report),
    tools: toolsSection(input),
    environment: environmentSection(env, facts, variables),
    settings,
    results: resultsSection(report, input.comparison ?? null, config.benchmarks),
    files: {
      report: { ...input.files.report },
      baseline: input.files.baseline ? { ...input.files.baseline } : null
    },
    labels: { ...config.labels }
  };
}
