// The layers' import directions, read from every module under src/: core <- render <- adapters <-
// app <- entry points (src/main.ts with src/index.ts, src/cli/). Each import is read from the syntax
// tree (static `import … from`, `export … from`, `import()` and `import('…')` types), so that a
// violation names the file and the import.
//
// What core may import from outside itself, and why it stays pure:
// - node:path, only its string functions (basename, dirname, extname, join, normalize, parse,
//   format, isAbsolute, sep, delimiter, posix, win32): `resolve` and `relative` read the working
//   directory, so they and the default import are not allowed;
// - node:crypto's createHash and node:url's fileURLToPath: functions of their arguments;
// - ajv, ajv-formats and yaml: validation and parsing of text handed in, no I/O;
// - the JSON schemas under schema/: data, the public formats.
// No other built-in (node:fs, node:child_process, node:os, …) and no other package (@actions/*, …).
// Render imports only core and render. In core and render, no clock, no randomness and no process:
// `process.…`, `Date.now`, `Date()`, `new Date()` without arguments, `Math.random`.
//
// src/generated/ is code written by `npm run generate` (the schema validators): core imports it and
// nothing else does; it imports no module of the repository and no package but the pieces of ajv
// and ajv-formats that the compiled validators call, and it is as pure as core.
//
// Two more rules read the syntax tree: no hand-written function (all of src/ but src/generated/)
// is over 80 lines, and core, render and app never write to an environment nor spread one into a
// new `env`: data goes to the calls that need it as arguments, a child's environment comes from
// childEnv. The adapters and the entry points own the process and are left alone.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Layer = 'core' | 'generated' | 'render' | 'adapters' | 'app' | 'cli' | 'entry' | 'other';

/** The layer of a path relative to the repository (`src/core/units.ts`). */
function layerOf(file: string): Layer {
  // The entry points, and the composition root they share (the real adapters wired into Ports).
  if (file === 'src/main.ts' || file === 'src/index.ts' || file === 'src/real-ports.ts') return 'entry';
  const [top, folder] = file.split('/');
  if (top !== 'src') return 'other';
  if (
    folder === 'core' ||
    folder === 'generated' ||
    folder === 'render' ||
    folder === 'adapters' ||
    folder === 'app' ||
    folder === 'cli'
  ) {
    return folder;
  }
  return 'other';
}

const PURE_BUILTINS: Readonly<Record<string, readonly string[]>> = {
  'node:path': [
    'basename',
    'delimiter',
    'dirname',
    'extname',
    'format',
    'isAbsolute',
    'join',
    'normalize',
    'parse',
    'posix',
    'sep',
    'win32'
  ],
  'node:crypto': ['createHash'],
  'node:url': ['fileURLToPath']
};
const PURE_PACKAGES = new Set(['ajv', 'ajv-formats', 'yaml']);
/** What the compiled validators call: ajv's runtime helpers and ajv-formats' formats. */
const GENERATED_PACKAGES = new Set(['ajv', 'ajv-formats']);
const BUILTINS = new Set(builtinModules);

interface Import {
  specifier: string;
  /** The names imported (`{ a, b }`); null for a default, namespace, side-effect or dynamic import. */
  names: string[] | null;
  line: number;
}

interface Module {
  /** Relative to the repository, with forward slashes. */
  file: string;
  imports: Import[];
  /** Uses of the process, the clock or randomness, as written (`process.env`, `new Date()`). */
  impurities: { text: string; line: number }[];
}

/** Every import of a module and every use of process, clock or randomness in it, from its syntax tree. */
function readModule(file: string, text: string): Module {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const imports: Import[] = [];
  const impurities: Module['impurities'] = [];
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const add = (node: ts.Node, specifier: ts.Node | undefined, names: string[] | null): void => {
    if (specifier && ts.isStringLiteralLike(specifier)) {
      imports.push({ specifier: specifier.text, names, line: lineOf(node) });
    } else {
      // A computed specifier cannot be checked, so it is a violation of its own.
      imports.push({
        specifier: `<computed: ${specifier?.getText(source) ?? ''}>`,
        names,
        line: lineOf(node)
      });
    }
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const named =
        clause && !clause.name && bindings && ts.isNamedImports(bindings)
          ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
          : null;
      add(node, node.moduleSpecifier, named);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node, node.moduleSpecifier, null);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression, null);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0], null);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal, null);
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const owner = node.expression.text;
      const member = node.name.text;
      if (
        owner === 'process' ||
        (owner === 'Date' && member === 'now') ||
        (owner === 'Math' && member === 'random')
      ) {
        impurities.push({ text: `${owner}.${member}`, line: lineOf(node) });
      }
    } else if (ts.isElementAccessExpression(node) && ts.isIdentifier(node.expression)) {
      if (node.expression.text === 'process') impurities.push({ text: 'process[…]', line: lineOf(node) });
    } else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date'
    ) {
      if ((node.arguments?.length ?? 0) === 0) impurities.push({ text: 'new Date()', line: lineOf(node) });
    } else if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date'
    ) {
      impurities.push({ text: 'Date()', line: lineOf(node) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file, imports, impurities };
}

/** A package's name from a bare specifier: `ajv/dist/2020.js` → `ajv`, `@actions/core` → `@actions/core`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

/**
 * Where a relative import leads, relative to the repository: the module it names (`.js` is the
 * `.ts` source, or a `.d.ts` beside a generated `.js`), or null when there is no such file.
 */
function resolve(from: string, specifier: string, exists: (file: string) => boolean): string | null {
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  const candidates = target.endsWith('.js')
    ? [target.replace(/\.js$/, '.ts'), target.replace(/\.js$/, '.d.ts'), target]
    : [target, `${target}.ts`];
  return candidates.find(exists) ?? null;
}

/** The rule an import from `from` to the module `to` breaks, or null. */
function layerRule(from: string, to: string): string | null {
  const source = layerOf(from);
  const target = layerOf(to);
  if (source === 'generated') return 'src/generated/ imports no module of the repository';
  if (target === 'generated' && source !== 'core') return 'only core imports src/generated/';
  if (source === 'core') {
    if (target === 'core' || target === 'generated') return null;
    if (/^schema\/[^/]+\.schema\.json$/.test(to)) return null;
    // Named on its own: it is the break that turns pure code into code that reaches the world.
    if (target === 'adapters') return 'core imports no adapter: what the world gives reaches core as data';
    return 'core imports only core (and the JSON schemas)';
  }
  if (source === 'render' && target !== 'core' && target !== 'render') {
    return 'render imports only core and render';
  }
  if (target === 'cli' && source !== 'cli') return 'only the CLI entry point imports src/cli/';
  if (to === 'src/main.ts' && from !== 'src/index.ts') return 'only src/index.ts imports src/main.ts';
  if (to === 'src/index.ts') return 'nothing imports the entry point src/index.ts';
  if (source === 'adapters' && (target === 'app' || target === 'entry')) {
    return 'adapters import no app/ and no entry point';
  }
  if (source === 'app' && target === 'entry') return 'app imports no entry point: it is handed its ports';
  return null;
}

/** The rule an import of a built-in or a package breaks, or null. */
function externalRule(from: string, imported: Import): string | null {
  const layer = layerOf(from);
  if (layer === 'app' && imported.specifier.startsWith('@actions/'))
    return 'app reaches the Actions services through its ports, never @actions/* itself';
  const { specifier } = imported;
  if (layer === 'generated') {
    return !specifier.startsWith('node:') &&
      !BUILTINS.has(specifier) &&
      GENERATED_PACKAGES.has(packageName(specifier))
      ? null
      : `src/generated/ imports no package but ${[...GENERATED_PACKAGES].join(', ')} (the validators' runtime)`;
  }
  if (layer !== 'core' && layer !== 'render') return null;
  if (layer === 'render') return 'render imports only core and render';
  const builtin = specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) {
    const pure = PURE_BUILTINS[builtin];
    if (!pure) return `core imports no ${builtin} (not pure)`;
    const impure =
      imported.names === null
        ? ['its default or namespace']
        : imported.names.filter((n) => !pure.includes(n));
    return impure.length === 0
      ? null
      : `core imports only ${pure.join(', ')} from ${builtin}, not ${impure.join(', ')}`;
  }
  return PURE_PACKAGES.has(packageName(specifier))
    ? null
    : `core imports no package but ${[...PURE_PACKAGES].join(', ')} (pure parsing and validation)`;
}

/** The import cycles among the modules, each as `a → b → a`. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  // Tarjan's strongly connected components; a component of more than one module, or a module that
  // imports itself, is a cycle. Each is shown as one path through it.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[] = [];
  const connect = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v))
      found.push(cyclePath(graph, new Set(component)));
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  return found;
}

/** A path around a strongly connected component, from its first module back to it. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, component: ReadonlySet<string>): string {
  const start = [...component].sort()[0] as string;
  // Breadth first from start, within the component, until an edge leads back to start.
  const previous = new Map<string, string>();
  const queue = [start];
  for (const v of queue) {
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const chain = [v];
        while (chain[0] !== start) chain.unshift(previous.get(chain[0] as string) as string);
        return [...chain, start].join(' → ');
      }
      if (!previous.has(w) && w !== start) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component].join(' → ');
}

/** Every violation among these modules (path relative to the repository → text). */
function violations(files: ReadonlyMap<string, string>, exists: (file: string) => boolean): string[] {
  const found: string[] = [];
  const graph = new Map<string, string[]>();
  for (const [file, text] of files) {
    const module = readModule(file, text);
    const edges: string[] = [];
    graph.set(file, edges);
    for (const imported of module.imports) {
      const at = `${file}:${imported.line} imports '${imported.specifier}'`;
      if (imported.specifier.startsWith('<computed')) {
        found.push(`${at}: an import must name its module`);
      } else if (imported.specifier.startsWith('.')) {
        const to = resolve(file, imported.specifier, exists);
        if (to === null) {
          found.push(`${at}: no such module`);
          continue;
        }
        if (files.has(to)) edges.push(to);
        const rule = layerRule(file, to);
        if (rule) found.push(`${at} (${to}): ${rule}`);
      } else {
        const rule = externalRule(file, imported);
        if (rule) found.push(`${at}: ${rule}`);
      }
    }
    const layer = layerOf(file);
    if (layer === 'core' || layer === 'render' || layer === 'generated') {
      for (const use of module.impurities) {
        found.push(
          `${file}:${use.line} uses ${use.text}: ${layer} is pure (no process, clock or randomness)`
        );
      }
    }
  }
  for (const cycle of cycles(graph)) found.push(`import cycle: ${cycle}`);
  return found;
}

/** The longest a hand-written function may be, in lines from its first to its last. */
const MAX_FUNCTION_LINES = 80;

type FunctionWithBody = ts.FunctionLikeDeclaration & { body: ts.Node };

function isFunctionWithBody(node: ts.Node): node is FunctionWithBody {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node) ||
      ts.isArrowFunction(node) ||
      ts.isFunctionExpression(node)) &&
    node.body !== undefined
  );
}

/** A function's name as a reader looks for it: its own, else that of what it is assigned to. */
function functionName(node: FunctionWithBody, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText(source);
  const { parent } = node;
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent)) &&
    parent.initializer === node
  ) {
    return parent.name.getText(source);
  }
  if (
    ts.isBinaryExpression(parent) &&
    parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    parent.right === node
  ) {
    return parent.left.getText(source);
  }
  if (ts.isExportAssignment(parent)) return 'default';
  return '(anonymous)';
}

/**
 * Each function of a hand-written module (all of src/ but src/generated/) longer than
 * MAX_FUNCTION_LINES. A nested function counts on its own and within its parent's lines.
 */
function longFunctions(file: string, text: string): string[] {
  if (layerOf(file) === 'generated') return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const lineOf = (position: number): number => source.getLineAndCharacterOfPosition(position).line + 1;
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionWithBody(node)) {
      const first = lineOf(node.getStart(source));
      const lines = lineOf(node.getEnd()) - first + 1;
      if (lines > MAX_FUNCTION_LINES) {
        found.push(
          `${file}:${first} ${functionName(node, source)} is ${lines} lines long (at most ${MAX_FUNCTION_LINES})`
        );
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The expression inside parentheses, `!`, `as` and `satisfies`. */
function unwrapped(node: ts.Expression): ts.Expression {
  let inner = node;
  while (
    ts.isParenthesizedExpression(inner) ||
    ts.isNonNullExpression(inner) ||
    ts.isAsExpression(inner) ||
    ts.isSatisfiesExpression(inner)
  ) {
    inner = inner.expression;
  }
  return inner;
}

/** An environment: `env`, or anything whose last member is `env` (`ports.env`, `process.env`). */
function isEnv(node: ts.Expression): boolean {
  const inner = unwrapped(node);
  if (ts.isIdentifier(inner)) return inner.text === 'env';
  if (ts.isPropertyAccessExpression(inner)) return inner.name.text === 'env';
  return (
    ts.isElementAccessExpression(inner) &&
    ts.isStringLiteralLike(inner.argumentExpression) &&
    inner.argumentExpression.text === 'env'
  );
}

/**
 * Where a write changes an environment: a variable of one (`env.X`, `env[k]`, `process.env.X`), or
 * the environment a ports object holds (`ports.env`). Rebinding a local `env` changes nothing shared.
 */
function isEnvTarget(node: ts.Expression): boolean {
  const inner = unwrapped(node);
  if (!ts.isPropertyAccessExpression(inner) && !ts.isElementAccessExpression(inner)) return false;
  return isEnv(inner.expression) || isEnv(inner);
}

/** Calls that write their first argument's properties. */
const WRITERS: Readonly<Record<string, readonly string[]>> = {
  Object: ['assign', 'defineProperty', 'defineProperties'],
  Reflect: ['set', 'deleteProperty', 'defineProperty']
};

function writesEnv(node: ts.Node): boolean {
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    const assigns = operator >= ts.SyntaxKind.FirstAssignment && operator <= ts.SyntaxKind.LastAssignment;
    return assigns && isEnvTarget(node.left);
  }
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) {
    const operator = node.operator;
    const steps = operator === ts.SyntaxKind.PlusPlusToken || operator === ts.SyntaxKind.MinusMinusToken;
    return steps && isEnvTarget(node.operand);
  }
  if (ts.isDeleteExpression(node)) return isEnvTarget(node.expression);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const owner = node.expression.expression;
    const writer = ts.isIdentifier(owner) ? WRITERS[owner.text] : undefined;
    const first = node.arguments[0];
    return !!writer?.includes(node.expression.name.text) && first !== undefined && isEnv(first);
  }
  return false;
}

/**
 * `env: { ...ports.env, RUNNER_OS: os }` or `const env = { ...env, … }`: an environment spread into a
 * new one, for the calls that read it. A child's environment comes from childEnv(extra, env), which
 * filters it; spreading one by hand either smuggles data or skips that filter.
 */
function redressesEnv(node: ts.Node): boolean {
  const named =
    (ts.isPropertyAssignment(node) || ts.isVariableDeclaration(node)) &&
    (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) &&
    node.name.text === 'env';
  if (!named || !node.initializer) return false;
  const value = unwrapped(node.initializer);
  return (
    ts.isObjectLiteralExpression(value) &&
    value.properties.some((p) => ts.isSpreadAssignment(p) && isEnv(p.expression))
  );
}

/**
 * Each write to an environment, or re-dressing of one, in core, render and app: data goes to the
 * calls that need it as arguments, never through the run's environment.
 */
function environmentWrites(file: string, text: string): string[] {
  const layer = layerOf(file);
  if (layer !== 'core' && layer !== 'render' && layer !== 'app') return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const what = writesEnv(node) ? 'writes to' : redressesEnv(node) ? 're-dresses' : null;
    if (what) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      const code = node.getText(source).replace(/\s+/g, ' ');
      found.push(`${file}:${line} ${what} an environment (${code}): pass data as arguments`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|js)$/.test(entry.name) ? [file] : [];
  });
}

const existsIn =
  (files: ReadonlySet<string>) =>
  (file: string): boolean =>
    files.has(file);

describe('the modules of src/', () => {
  const files = new Map(sourceFiles('src').map((f) => [f, readFileSync(path.join(ROOT, f), 'utf8')]));

  it('import only in their direction, with no cycle, and core and render stay pure', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(violations(files, (f) => existsSync(path.join(ROOT, f)))).toEqual([]);
  });

  it(`have no hand-written function over ${MAX_FUNCTION_LINES} lines`, () => {
    expect([...files].flatMap(([file, text]) => longFunctions(file, text))).toEqual([]);
  });

  it('never write or re-dress an environment in core, render or app', () => {
    expect([...files].flatMap(([file, text]) => environmentWrites(file, text))).toEqual([]);
  });
});

describe('violations', () => {
  const check = (modules: Record<string, string>): string[] => {
    const files = new Map(Object.entries(modules));
    return violations(files, existsIn(new Set([...files.keys(), 'schema/perf-report.schema.json'])));
  };

  it('names each import that goes against the layers, with its file and line', () => {
    expect(
      check({
        'src/core/a.ts': "import { x } from '../render/b.js';\nimport { y } from './c.js';",
        'src/render/b.ts': "export { z } from '../adapters/d.js';",
        'src/core/c.ts': "import s from '../../schema/perf-report.schema.json' with { type: 'json' };",
        'src/adapters/d.ts': "const m = await import('../app/e.js');\nimport type { F } from '../cli/f.js';",
        'src/app/e.ts': "type M = typeof import('../main.js');",
        'src/cli/f.ts': "import '../main.js';",
        'src/main.ts': "import { g } from './app/e.js';",
        'src/index.ts': "import './main.js';"
      })
    ).toEqual([
      "src/core/a.ts:1 imports '../render/b.js' (src/render/b.ts): core imports only core (and the JSON schemas)",
      "src/render/b.ts:1 imports '../adapters/d.js' (src/adapters/d.ts): render imports only core and render",
      "src/adapters/d.ts:1 imports '../app/e.js' (src/app/e.ts): adapters import no app/ and no entry point",
      "src/adapters/d.ts:2 imports '../cli/f.js' (src/cli/f.ts): only the CLI entry point imports src/cli/",
      "src/app/e.ts:1 imports '../main.js' (src/main.ts): only src/index.ts imports src/main.ts",
      "src/cli/f.ts:1 imports '../main.js' (src/main.ts): only src/index.ts imports src/main.ts",
      'import cycle: src/app/e.ts → src/main.ts → src/app/e.ts'
    ]);
  });

  it('names an import of an adapter from core as such, whatever its form', () => {
    expect(
      check({
        'src/core/a.ts': [
          "import { readConfig } from '../adapters/config/load.js';",
          "import type { Store } from '../adapters/store.js';",
          "export { upload } from '../adapters/store.js';",
          "const lazy = await import('../adapters/store.js');",
          "type T = import('../adapters/store.js').Store;",
          "import { b } from './b.js';"
        ].join('\n'),
        'src/core/b.ts': 'export const b = 1;',
        'src/adapters/store.ts': "import { b } from '../core/b.js';",
        'src/adapters/config/load.ts': 'export const readConfig = 1;'
      })
    ).toEqual(
      [1, 2, 3, 4, 5].map((line) => {
        const to = line === 1 ? 'config/load' : 'store';
        const specifier = `'../adapters/${to}.js' (src/adapters/${to}.ts)`;
        return `src/core/a.ts:${line} imports ${specifier}: core imports no adapter: what the world gives reaches core as data`;
      })
    );
  });

  it('lets core use only the pure built-ins and packages, and render none', () => {
    expect(
      check({
        'src/core/a.ts': [
          "import { createHash } from 'node:crypto';",
          "import { basename, join } from 'node:path';",
          "import { parse } from 'yaml';",
          "import { Ajv2020 } from 'ajv/dist/2020.js';",
          "import { readFileSync } from 'node:fs';",
          "import path from 'node:path';",
          "import { resolve } from 'path';",
          "import * as core from '@actions/core';",
          "import { execFile } from 'node:child_process';",
          "import os from 'node:os';"
        ].join('\n'),
        'src/render/b.ts': "import { parse } from 'yaml';",
        'src/adapters/c.ts': "import { readFileSync } from 'node:fs';\nimport * as core from '@actions/core';"
      })
    ).toEqual([
      "src/core/a.ts:5 imports 'node:fs': core imports no node:fs (not pure)",
      `src/core/a.ts:6 imports 'node:path': core imports only ${PURE_BUILTINS['node:path']?.join(', ')} from node:path, not its default or namespace`,
      `src/core/a.ts:7 imports 'path': core imports only ${PURE_BUILTINS['node:path']?.join(', ')} from node:path, not resolve`,
      "src/core/a.ts:8 imports '@actions/core': core imports no package but ajv, ajv-formats, yaml (pure parsing and validation)",
      "src/core/a.ts:9 imports 'node:child_process': core imports no node:child_process (not pure)",
      "src/core/a.ts:10 imports 'node:os': core imports no node:os (not pure)",
      "src/render/b.ts:1 imports 'yaml': render imports only core and render"
    ]);
  });

  it("lets core alone import src/generated/, which imports only the validators' runtime", () => {
    expect(
      check({
        'src/core/a.ts': "import { perfReport } from '../generated/v.js';",
        'src/generated/v.js': [
          "import { fullFormats } from 'ajv-formats/dist/formats.js';",
          "import runtime0 from 'ajv/dist/runtime/ucs2length.js';",
          "import { parse } from 'yaml';",
          "import { readFileSync } from 'node:fs';",
          "import { units } from '../core/a.js';",
          'const t = Date.now();'
        ].join('\n'),
        'src/generated/v.d.ts': "import type { ErrorObject } from 'ajv';",
        'src/app/b.ts': "import { perfReport } from '../generated/v.js';"
      })
    ).toEqual([
      "src/generated/v.js:3 imports 'yaml': src/generated/ imports no package but ajv, ajv-formats (the validators' runtime)",
      "src/generated/v.js:4 imports 'node:fs': src/generated/ imports no package but ajv, ajv-formats (the validators' runtime)",
      "src/generated/v.js:5 imports '../core/a.js' (src/core/a.ts): src/generated/ imports no module of the repository",
      'src/generated/v.js:6 uses Date.now: generated is pure (no process, clock or randomness)',
      "src/app/b.ts:1 imports '../generated/v.js' (src/generated/v.d.ts): only core imports src/generated/"
    ]);
  });

  it('finds the process, the clock and randomness in core and render only', () => {
    const impure = [
      'const a = process.env.HOME;',
      "const b = process['env'];",
      'const c = Date.now();',
      'const d = new Date();',
      'const e = Date();',
      'const f = Math.random();',
      "const g = new Date('2026-01-01T00:00:00Z'); // a fixed date is fine"
    ].join('\n');
    expect(
      check({ 'src/core/a.ts': impure, 'src/render/b.ts': 'const t = Date.now();', 'src/app/c.ts': impure })
    ).toEqual([
      'src/core/a.ts:1 uses process.env: core is pure (no process, clock or randomness)',
      'src/core/a.ts:2 uses process[…]: core is pure (no process, clock or randomness)',
      'src/core/a.ts:3 uses Date.now: core is pure (no process, clock or randomness)',
      'src/core/a.ts:4 uses new Date(): core is pure (no process, clock or randomness)',
      'src/core/a.ts:5 uses Date(): core is pure (no process, clock or randomness)',
      'src/core/a.ts:6 uses Math.random: core is pure (no process, clock or randomness)',
      'src/render/b.ts:1 uses Date.now: render is pure (no process, clock or randomness)'
    ]);
  });

  it('finds cycles, type-only ones too, and imports of modules that do not exist', () => {
    expect(
      check({
        'src/core/a.ts': "import type { B } from './b.js';\nimport { gone } from './gone.js';",
        'src/core/b.ts': "import { c } from './c.js';",
        'src/core/c.ts': "export type { A } from './a.js';",
        'src/core/d.ts': "import { d } from './d.js';",
        'src/app/e.ts': "const name = './x.js';\nawait import(name);"
      })
    ).toEqual([
      "src/core/a.ts:2 imports './gone.js': no such module",
      "src/app/e.ts:2 imports '<computed: name>': an import must name its module",
      'import cycle: src/core/a.ts → src/core/b.ts → src/core/c.ts → src/core/a.ts',
      'import cycle: src/core/d.ts → src/core/d.ts'
    ]);
  });
});

describe('longFunctions', () => {
  /** A body of `count - 2` lines, so that a function around it is `count` lines long. */
  const body = (count: number): string =>
    Array.from({ length: count - 2 }, (_, i) => `  step(${i});`).join('\n');

  it(`names each function over ${MAX_FUNCTION_LINES} lines with its first line and its length`, () => {
    const text = [
      `function fits() {\n${body(80)}\n}`,
      `export async function declared() {\n${body(81)}\n}`,
      `const arrow = async () => {\n${body(90)}\n};`,
      `class Store {\n  method() {\n${body(81)}\n  }\n}`,
      `items.map((item) => {\n${body(81)}\n});`,
      `function outer() {\n  const inner = function () {\n${body(81)}\n  };\n}`
    ].join('\n');
    expect(longFunctions('src/app/a.ts', text)).toEqual([
      'src/app/a.ts:81 declared is 81 lines long (at most 80)',
      'src/app/a.ts:162 arrow is 90 lines long (at most 80)',
      'src/app/a.ts:253 method is 81 lines long (at most 80)',
      'src/app/a.ts:335 (anonymous) is 81 lines long (at most 80)',
      'src/app/a.ts:416 outer is 83 lines long (at most 80)',
      'src/app/a.ts:417 inner is 81 lines long (at most 80)'
    ]);
  });

  it('passes functions of 80 lines and less, and the generated code', () => {
    const text = `export function fits() {\n${body(80)}\n}\nconst short = () => 1;`;
    expect(longFunctions('src/core/a.ts', text)).toEqual([]);
    expect(longFunctions('src/generated/v.js', `function validate() {\n${body(500)}\n}`)).toEqual([]);
  });
});

describe('environmentWrites', () => {
  const writes = [
    'ports.env.RUNNER_OS = os;',
    'env[key] = value;',
    "process.env.HOME ??= '/tmp';",
    'delete ports.env.GITHUB_TOKEN;',
    'Object.assign(ports.env, extra);',
    'ports.env = { ...ports.env, RUNNER_OS: os };',
    'const next = { ...ports, env: { ...ports.env, RUNNER_OS: os } };',
    "const env = { ...process.env, EXTRA: '1' };",
    "(ports.env as Env)['X'] = '1';"
  ].join('\n');

  it('finds each write to an environment and each one re-dressed, in core, render and app', () => {
    const message = (line: number, verb: string, code: string): string =>
      `src/app/a.ts:${line} ${verb} an environment (${code}): pass data as arguments`;
    expect(environmentWrites('src/app/a.ts', writes)).toEqual([
      message(1, 'writes to', 'ports.env.RUNNER_OS = os'),
      message(2, 'writes to', 'env[key] = value'),
      message(3, 'writes to', "process.env.HOME ??= '/tmp'"),
      message(4, 'writes to', 'delete ports.env.GITHUB_TOKEN'),
      message(5, 'writes to', 'Object.assign(ports.env, extra)'),
      message(6, 'writes to', 'ports.env = { ...ports.env, RUNNER_OS: os }'),
      message(7, 're-dresses', 'env: { ...ports.env, RUNNER_OS: os }'),
      message(8, 're-dresses', "env = { ...process.env, EXTRA: '1' }"),
      message(9, 'writes to', "(ports.env as Env)['X'] = '1'")
    ]);
    expect(environmentWrites('src/core/a.ts', 'env.X = 1;')).toHaveLength(1);
    expect(environmentWrites('src/render/a.ts', 'env.X = 1;')).toHaveLength(1);
  });

  it("lets a child's environment be built from the run's, and the run's be read", () => {
    const reads = [
      'const env = childEnv(config.benchEnv, ports.env);',
      "await ports.exec.run('cargo', args, { env });",
      "spawn('git', args, { env: childEnv({ GIT_TERMINAL_PROMPT: '0' }, ports.env) });",
      'const child = childEnv({ ...request.benchEnv, CRITERION_HOME: home }, ports.env);',
      'const os = ports.env.RUNNER_OS || host.type;',
      'const next = { ...ports, log };',
      'let local = { env: { RUNNER_OS: os } };',
      'local = other;'
    ].join('\n');
    expect(environmentWrites('src/app/a.ts', reads)).toEqual([]);
  });

  it('leaves the adapters and the entry points alone: they own the process', () => {
    expect(environmentWrites('src/adapters/a.ts', writes)).toEqual([]);
    expect(environmentWrites('src/main.ts', writes)).toEqual([]);
  });
});
