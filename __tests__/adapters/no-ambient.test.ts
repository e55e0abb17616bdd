// Below the entry points nothing reads the process's environment, the clock, randomness or the
// machine on its own: those come in as parameters (env, now, HostFacts), so a run can be handed
// them. The scan parses each module with TypeScript, so comments and strings do not count.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const LAYERS = ['src/core', 'src/render', 'src/adapters', 'src/app'];

type Rule = 'process.env' | 'Date.now' | 'new Date()' | 'Math.random' | 'node:os';

interface AmbientRead {
  file: string;
  line: number;
  rule: Rule;
  /** The line's text, trimmed. */
  text: string;
}

/** The reads the scan allows, each with why; every one must still be needed (see the last test). */
const EXCEPTIONS: readonly { file: string; rule: Rule; line: RegExp; why: string }[] = [
  {
    file: 'src/adapters/host.ts',
    rule: 'node:os',
    line: /^import os from 'node:os';$/,
    why: 'readHostFacts is the one place that asks the os module about the machine'
  },
  {
    file: 'src/adapters/clients.ts',
    rule: 'process.env',
    line: /\bprocess\.env\.GITHUB_EVENT_PATH\b/,
    why: '@actions/github reads GITHUB_EVENT_PATH from process.env when imported: it is hidden there meanwhile'
  }
];

const OS_MODULES = new Set(['os', 'node:os']);

/** `a.b` or `a['b']` where `a` is the global `name` (also as `globalThis.name`). */
function memberOf(node: ts.Node, object: string, member: string): boolean {
  let target: ts.Expression;
  let name: string;
  if (ts.isPropertyAccessExpression(node)) {
    target = node.expression;
    name = node.name.text;
  } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
    target = node.expression;
    name = node.argumentExpression.text;
  } else {
    return false;
  }
  return name === member && isGlobal(target, object);
}

function isGlobal(node: ts.Expression, name: string): boolean {
  if (ts.isIdentifier(node)) return node.text === name;
  return (
    ts.isPropertyAccessExpression(node) &&
    node.name.text === name &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'globalThis'
  );
}

/** `const { env } = process`, `const { now } = Date`: the same reads, destructured. */
function destructures(node: ts.Node, object: string, member: string): boolean {
  if (!ts.isVariableDeclaration(node) || !node.initializer || !ts.isObjectBindingPattern(node.name))
    return false;
  if (!isGlobal(node.initializer, object)) return false;
  return node.name.elements.some((element) => {
    const key = element.propertyName ?? element.name;
    return (ts.isIdentifier(key) || ts.isStringLiteral(key)) && key.text === member;
  });
}

function moduleName(node: ts.Node): string | null {
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
    return ts.isStringLiteral(node.moduleSpecifier) ? node.moduleSpecifier.text : null;
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const expression = node.moduleReference.expression;
    return ts.isStringLiteral(expression) ? expression.text : null;
  }
  // require('os') and import('node:os')
  if (
    ts.isCallExpression(node) &&
    (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
      (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
  ) {
    const [first] = node.arguments;
    return first && ts.isStringLiteral(first) ? first.text : null;
  }
  return null;
}

function ruleOf(node: ts.Node): Rule | null {
  if (memberOf(node, 'process', 'env') || destructures(node, 'process', 'env')) return 'process.env';
  if (memberOf(node, 'Date', 'now') || destructures(node, 'Date', 'now')) return 'Date.now';
  if (memberOf(node, 'Math', 'random') || destructures(node, 'Math', 'random')) return 'Math.random';
  // new Date() and Date() (a string of the time now); new Date(ms) converts, which is fine.
  if (
    (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
    isGlobal(node.expression, 'Date') &&
    (node.arguments?.length ?? 0) === 0
  )
    return 'new Date()';
  const name = moduleName(node);
  if (name !== null && OS_MODULES.has(name)) return 'node:os';
  return null;
}

/** Every ambient read in one module's source. */
function ambientReads(file: string, source: string): AmbientRead[] {
  const kind = /\.[cm]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, kind);
  const lines = source.split('\n');
  const found: AmbientRead[] = [];
  const visit = (node: ts.Node): void => {
    const rule = ruleOf(node);
    if (rule !== null) {
      const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line;
      found.push({ file, line: line + 1, rule, text: (lines[line] ?? '').trim() });
    }
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}

function layerModules(): string[] {
  return LAYERS.flatMap((layer) =>
    readdirSync(path.join(ROOT, layer), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(ts|[cm]?js)$/.test(name) && !name.endsWith('.d.ts'))
      .map((name) => path.posix.join(layer, name.split(path.sep).join('/')))
  ).sort();
}

function scanLayers(): AmbientRead[] {
  return layerModules().flatMap((file) => ambientReads(file, readFileSync(path.join(ROOT, file), 'utf8')));
}

const excepted = (read: AmbientRead): boolean =>
  EXCEPTIONS.some((e) => e.file === read.file && e.rule === read.rule && e.line.test(read.text));

describe('ambientReads', () => {
  it('finds each kind of read, however it is spelt', () => {
    const source = [
      "import os from 'node:os';",
      "import { hostname } from 'os';",
      "export { cpus } from 'node:os';",
      "const lazy = await import('node:os');",
      "const old = require('os');",
      'const a = process.env.HOME;',
      "const b = process['env'];",
      'const c = globalThis.process.env;',
      'const { env } = process;',
      'const d = Date.now();',
      'const e = Date.now;',
      'const f = new Date();',
      'const g = new Date;',
      'const h = Date();',
      'const i = Math.random();',
      'const { random } = Math;'
    ].join('\n');
    expect(ambientReads('sample.ts', source).map((r) => [r.line, r.rule])).toEqual([
      [1, 'node:os'],
      [2, 'node:os'],
      [3, 'node:os'],
      [4, 'node:os'],
      [5, 'node:os'],
      [6, 'process.env'],
      [7, 'process.env'],
      [8, 'process.env'],
      [9, 'process.env'],
      [10, 'Date.now'],
      [11, 'Date.now'],
      [12, 'new Date()'],
      [13, 'new Date()'],
      [14, 'new Date()'],
      [15, 'Math.random'],
      [16, 'Math.random']
    ]);
  });

  it('ignores comments, strings, values handed in and dates built from a given time', () => {
    const source = [
      '// process.env, Date.now() and new Date() are read by the entry points',
      "const text = 'process.env.HOME and new Date()';",
      'function f(env: NodeJS.ProcessEnv, now: () => number, host: { os: string }) {',
      '  return [env.HOME, new Date(now()).toISOString(), host.os, Date.parse(text), Date.UTC(2024, 0)];',
      '}',
      "import path from 'node:path';"
    ].join('\n');
    expect(ambientReads('sample.ts', source)).toEqual([]);
  });
});

describe(`${LAYERS.join(', ')}`, () => {
  it('read no env, clock, randomness or machine facts of their own (only the listed exceptions)', () => {
    const modules = layerModules();
    // The scan sees the layers' modules: a wrong ROOT would pass vacuously.
    expect(modules).toEqual(
      expect.arrayContaining(['src/adapters/host.ts', 'src/app/gather.ts', 'src/core/child-env.ts'])
    );
    const unexpected = scanLayers()
      .filter((read) => !excepted(read))
      .map((read) => `${read.file}:${read.line}: ${read.rule} in \`${read.text}\``);
    expect(unexpected).toEqual([]);
  });

  it('still need every listed exception', () => {
    const reads = scanLayers();
    const unused = EXCEPTIONS.filter(
      (e) => !reads.some((r) => r.file === e.file && r.rule === e.rule && e.line.test(r.text))
    ).map((e) => `${e.file}: ${e.rule} (${e.why})`);
    expect(unused).toEqual([]);
  });
});
