// The optional audit-config YAML: extra fields to record and labels for the record. Pure: the shell
// reads the file and hands its text in.
//
//   compliance-framework: SOC 2          # a label every page shows
//   labels: { owner: perf-team }         # any more labels
//   environment-variables: [RUSTFLAGS]   # recorded by name; values as audit-variables allows
//   benchmarks: true                     # every benchmark's result, not only the metrics

import { isMap, isScalar, isSeq, LineCounter, type Pair, parseDocument, type YAMLMap } from 'yaml';
import { InputError } from '../errors.js';
import { isCredentialName } from '../redact.js';
import { VARIABLE_NAME } from './variables.js';

export interface AuditConfig {
  environmentVariables: string[];
  benchmarks: boolean;
  labels: Record<string, string>;
}

export const EMPTY_AUDIT_CONFIG: AuditConfig = { environmentVariables: [], benchmarks: false, labels: {} };

const AUDIT_CONFIG_KEYS = ['compliance-framework', 'labels', 'environment-variables', 'benchmarks'] as const;

/** The most labels an audit config may hold; each is shown on every audit page. */
export const MAX_AUDIT_LABELS = 1000;
/** The most environment variables an audit config may name. */
const MAX_AUDIT_ENVIRONMENT_VARIABLES = 1000;

/** An audit config with more entries than a record holds (MAX_AUDIT_LABELS and the like). */
export class AuditConfigLimitError extends InputError {
  override name = 'AuditConfigLimitError';
}

function scalarText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

/** The file being parsed, for messages that say where. */
interface ConfigSource {
  file: string;
  lineCounter: LineCounter;
}

/** Where a parsed node starts in the text; undefined when the parser kept no range. */
function startOf(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

/** `:line` of the node's start, or nothing when it is not known. */
function at(node: unknown, source: ConfigSource): string {
  const start = startOf(node);
  return start === undefined ? '' : `:${source.lineCounter.linePos(start).line}`;
}

/**
 * Throws "Map keys must be unique" at the first repeated key, as the YAML parser would with its
 * `uniqueKeys`: that check compares each key with every earlier one (100,000 labels took over two
 * minutes), this one keeps the keys seen in a set.
 */
function checkUniqueKeys(pairs: readonly Pair[], source: ConfigSource): void {
  const seen = new Set<unknown>();
  for (const pair of pairs) {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    if (seen.has(key)) {
      const start = startOf(pair.key);
      const pos = start === undefined ? null : source.lineCounter.linePos(start);
      throw new InputError(
        `${source.file}${pos ? `:${pos.line}:${pos.col}` : ''}: not valid YAML: Map keys must be unique`
      );
    }
    seen.add(key);
  }
}

function checkCount(count: number, max: number, key: string, file: string): void {
  if (count > max) {
    throw new AuditConfigLimitError(
      `${file}: "${key}" has ${count} entries; an audit config holds at most ${max}`
    );
  }
}

/** The document's top node; throws at the first YAML error. */
function parseYaml(text: string, source: ConfigSource): unknown {
  const { file, lineCounter } = source;
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
  const problem = doc.errors[0];
  if (problem) {
    const pos = problem.pos ? lineCounter.linePos(problem.pos[0]) : null;
    const where = pos ? `:${pos.line}:${pos.col}` : '';
    throw new InputError(`${file}${where}: not valid YAML: ${problem.message.split('\n')[0]}`);
  }
  return doc.contents;
}

function checkKnownKeys(root: YAMLMap, source: ConfigSource): void {
  checkUniqueKeys(root.items, source);
  const keys = root.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : String(pair.key)));
  const unknown = keys.filter((k) => !(AUDIT_CONFIG_KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) {
    throw new InputError(
      `${source.file}: unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}. Accepted keys: ${AUDIT_CONFIG_KEYS.join(', ')}.`
    );
  }
}

function parseFramework(framework: unknown, source: ConfigSource): string {
  const value = isScalar(framework) ? scalarText(framework.value) : null;
  if (value === null || value.trim() === '') {
    throw new InputError(
      `${source.file}${at(framework, source)}: "compliance-framework" must be a text, e.g. "SOC 2"`
    );
  }
  return value.trim();
}

/** Adds the labels to `into`, over any of the same name. */
function addLabels(labels: unknown, source: ConfigSource, into: Record<string, string>): void {
  const { file } = source;
  if (!isMap(labels))
    throw new InputError(`${file}${at(labels, source)}: "labels" must be a mapping of names to texts`);
  checkCount(labels.items.length, MAX_AUDIT_LABELS, 'labels', file);
  checkUniqueKeys(labels.items, source);
  for (const pair of labels.items) {
    const name = isScalar(pair.key) ? scalarText(pair.key.value) : null;
    const value = isScalar(pair.value) ? scalarText(pair.value.value) : null;
    if (name === null || name.trim() === '' || value === null) {
      throw new InputError(
        `${file}${at(pair.key, source)}: each label must be a name and a text, like "owner: perf-team"`
      );
    }
    into[name.trim()] = value;
  }
}

/** The variable names, each once, in the order given. */
function parseEnvironmentVariables(variables: unknown, source: ConfigSource): string[] {
  const { file } = source;
  if (!isSeq(variables)) {
    throw new InputError(
      `${file}${at(variables, source)}: "environment-variables" must be a list of names, e.g. [RUSTFLAGS]`
    );
  }
  checkCount(variables.items.length, MAX_AUDIT_ENVIRONMENT_VARIABLES, 'environment-variables', file);
  const names: string[] = [];
  const seen = new Set<string>();
  for (const item of variables.items) {
    const name = isScalar(item) ? scalarText(item.value) : null;
    if (name === null || !VARIABLE_NAME.test(name)) {
      throw new InputError(
        `${file}${at(item, source)}: "${name ?? String(item)}" in environment-variables is not a variable name (letters, digits and _, not starting with a digit)`
      );
    }
    // The record never stores a credential, whatever a file asks for.
    if (isCredentialName(name)) {
      throw new InputError(
        `${file}${at(item, source)}: environment variable "${name}" looks like a credential; the audit record never holds secrets`
      );
    }
    if (!seen.has(name)) names.push(name);
    seen.add(name);
  }
  return names;
}

function parseBenchmarksFlag(benchmarks: unknown, source: ConfigSource): boolean {
  if (!isScalar(benchmarks) || typeof benchmarks.value !== 'boolean') {
    throw new InputError(`${source.file}${at(benchmarks, source)}: "benchmarks" must be true or false`);
  }
  return benchmarks.value;
}

export function parseAuditConfig(text: string, file: string): AuditConfig {
  const source: ConfigSource = { file, lineCounter: new LineCounter() };
  const root = parseYaml(text, source);
  if (root === null || (isScalar(root) && (root.value === null || root.value === '')))
    return EMPTY_AUDIT_CONFIG;
  if (!isMap(root)) {
    throw new InputError(
      `${file}${at(root, source)}: the audit config must be a mapping of ${AUDIT_CONFIG_KEYS.join(', ')}`
    );
  }
  checkKnownKeys(root, source);

  const node = (key: string): unknown => root.get(key, true);
  const config: AuditConfig = { environmentVariables: [], benchmarks: false, labels: {} };
  const framework = node('compliance-framework');
  if (framework !== undefined) config.labels['compliance-framework'] = parseFramework(framework, source);
  const labels = node('labels');
  if (labels !== undefined) addLabels(labels, source, config.labels);
  const variables = node('environment-variables');
  if (variables !== undefined) config.environmentVariables = parseEnvironmentVariables(variables, source);
  const benchmarks = node('benchmarks');
  if (benchmarks !== undefined) config.benchmarks = parseBenchmarksFlag(benchmarks, source);
  return config;
}
