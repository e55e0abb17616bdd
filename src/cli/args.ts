// Command-line parsing (pure), generated from the options table: every action input is a flag of
// the same name. Each command declares the flags and words it takes; anything else is refused,
// naming it, the command and what the command takes. As with cargo, the words after `--` are the
// bench harness's (bench-args).

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { OPTIONS, type OptionName, optionDescription, optionSpec } from '../core/config/options.js';
import { args as argumentList } from '../core/config/parsers.js';
import { InputError, messageOf } from '../core/errors.js';
import { redactText } from '../core/redact.js';

/** Flags of single commands that are not action inputs: files to read and write. */
export const FILE_FLAGS = {
  'baseline-file': 'A baseline.json to compare with (run, analyze, demo) or to show (report, audit).',
  report: 'The perf.json to read (baseline promote, report, audit).',
  previous: 'The previous baseline.json, whose history the new one carries forward (baseline promote).',
  out: 'Where to write (baseline promote: the baseline.json; report, audit: a folder).',
  dir: 'The checkout of the data branch to write to (history import; default: the current folder).'
} as const;

export type FileFlag = keyof typeof FILE_FLAGS;

/** Flags of single commands that are neither action inputs nor files: names the command is given. */
export const LABEL_FLAGS = {
  suite: 'The suite of the dashboard to import, when it holds several (history import).',
  os: "The OS the imported results are filed under (history import; default: this machine's, as RUNNER_OS names it).",
  arch: "The architecture the imported results name (history import; default: this machine's, as RUNNER_ARCH names it)."
} as const;

export type LabelFlag = keyof typeof LABEL_FLAGS;

interface CommandSpec {
  /** The command line, after `copybook-bench `. */
  usage: string;
  summary: string;
  /** The settings (action inputs) it reads. */
  settings: readonly OptionName[];
  files: readonly FileFlag[];
  labels?: readonly LabelFlag[];
  /** The words it takes besides flags, as the usage names them. */
  words: readonly string[];
}

const EVERY_SETTING: readonly OptionName[] = OPTIONS.map((o) => o.name);

export const COMMANDS = {
  run: {
    usage: 'run [--flag value]... [-- BENCH-ARG...]',
    summary: 'Run cargo bench, then analyze the results (--baseline-file compares with a baseline.json).',
    settings: EVERY_SETTING,
    files: ['baseline-file'],
    words: []
  },
  analyze: {
    usage: 'analyze [--flag value]... [-- BENCH-ARG...]',
    summary:
      'Analyze results already on disk (--criterion-dir) or captured output (--bench-output); --baseline-file compares.',
    settings: EVERY_SETTING,
    files: ['baseline-file'],
    words: []
  },
  validate: {
    usage: 'validate FILE',
    summary: 'Check a perf.json file against the schema.',
    settings: [],
    files: [],
    words: ['FILE']
  },
  baseline: {
    usage: 'baseline promote --report perf.json [--previous baseline.json] --out baseline.json',
    summary: "Build a baseline.json from a perf.json, carrying the previous baseline's history forward.",
    // The new baseline's name (a flag only), testbed and history length (a flag or the config file).
    settings: ['config-file', 'name', 'testbed', 'history-size'],
    files: ['report', 'previous', 'out'],
    words: ['promote']
  },
  report: {
    usage: 'report --report perf.json [--baseline-file baseline.json] --out DIR',
    summary: 'Write report.html and trend.html for a perf.json.',
    settings: [],
    files: ['report', 'baseline-file', 'out'],
    words: []
  },
  audit: {
    usage: 'audit --report perf.json [--baseline-file baseline.json] --out DIR',
    summary: 'Write audit.json, audit.html and compliance.html for a perf.json.',
    // Where the audit config lies, and how the tools' versions are asked (run: false asks none).
    settings: ['working-directory', 'config-file', 'audit-config', 'audit-variables', 'bench-env', 'run'],
    files: ['report', 'baseline-file', 'out'],
    words: []
  },
  demo: {
    usage: 'demo [--flag value]... [-- BENCH-ARG...]',
    summary: 'Run the whole pipeline on the bundled example crate (examples/copybook-bench).',
    settings: EVERY_SETTING,
    files: ['baseline-file'],
    words: []
  },
  history: {
    usage:
      'history import FILE [--suite NAME] [--dir DIR] [--name NAME] [--testbed LABEL] [--os OS] [--arch ARCH]',
    summary:
      "Convert a gh-pages benchmark dashboard's data.js into history records and the dashboard, in a checkout of the data branch.",
    // The slot the records are filed under; the instance's name and testbed come from flags only
    // (the folder is the data branch, whose config file is not the project's).
    settings: ['name', 'testbed'],
    files: ['dir'],
    labels: ['suite', 'os', 'arch'],
    words: ['import', 'FILE']
  }
} as const satisfies Record<string, CommandSpec>;

export type Command = keyof typeof COMMANDS;

export interface CliArgs {
  command: Command | null;
  positional: string[];
  /** Values of action-input flags, by input name. */
  inputs: Record<string, string>;
  /** Values of FILE_FLAGS. */
  files: Partial<Record<FileFlag, string>>;
  /** Values of LABEL_FLAGS. */
  labels: Partial<Record<LabelFlag, string>>;
  /** The words after `--`, for the bench harness in place of bench-args; null without `--`. */
  benchArgs: string[] | null;
  verbose: boolean;
  help: boolean;
}

/** Flags every command takes. */
const GLOBAL_FLAGS = {
  verbose: 'Print stack traces of unexpected errors.',
  help: 'Show this help.'
} as const;

/** The flags that take a value: the settings and the files. */
const VALUE_FLAGS: ReadonlySet<string> = new Set([
  ...EVERY_SETTING,
  ...Object.keys(FILE_FLAGS),
  ...Object.keys(LABEL_FLAGS)
]);

const PARSE_OPTIONS = {
  ...Object.fromEntries([...VALUE_FLAGS].map((name) => [name, { type: 'string' }])),
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options'];

const BOOLEAN_SETTINGS: ReadonlySet<string> = new Set(
  OPTIONS.filter((o) => 'choices' in o && o.choices.join() === 'true,false').map((o) => o.name)
);

/** Setting flags whose values are arguments, so often start with "-" (`--bench-args --noplot`). */
const ARGUMENT_SETTINGS: ReadonlySet<string> = new Set(
  OPTIONS.filter((o) => o.parse === argumentList).map((o) => o.name)
);

/**
 * argv split at the first `--` that is no flag's value: the words after it are the bench harness's.
 * Before it, a boolean setting given alone (`--job-summary`, then nothing or another flag) means
 * true, with a value it takes it (`--run false`); an argument setting takes the next word whatever
 * it starts with; any other flag followed by a word that starts with "-" is left to parseArgs,
 * which refuses it as a missing value.
 */
function splitArgv(argv: readonly string[]): { flags: string[]; benchArgs: string[] | null } {
  const flags: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') return { flags, benchArgs: argv.slice(i + 1) };
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    const next = argv[i + 1];
    if (BOOLEAN_SETTINGS.has(name) && (next === undefined || next.startsWith('-'))) {
      flags.push(`${arg}=true`);
    } else if (ARGUMENT_SETTINGS.has(name) && next !== undefined && next !== '--') {
      flags.push(`${arg}=${next}`);
      i++;
    } else if (VALUE_FLAGS.has(name) && next !== undefined && !next.startsWith('-')) {
      flags.push(arg, next);
      i++;
    } else {
      flags.push(arg);
    }
  }
  return { flags, benchArgs: null };
}

/** parseArgs's errors as one line each, naming the flag. */
function parseError(error: unknown): InputError {
  const code = (error as { code?: unknown }).code;
  const message = messageOf(error);
  // "Unknown option '--x'", "Option '--x <value>' argument missing", "Option '-h, --help' does not …"
  const flag = /'(?:-\w, )?(-{1,2}[^'\s<]+)/.exec(message)?.[1];
  if (flag === undefined) return new InputError(message.split('\n')[0] as string);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new InputError(`Unknown flag ${flag}. Run with --help to list the flags.`);
  }
  if (message.includes('does not take an argument')) return new InputError(`Flag ${flag} takes no value.`);
  if (message.includes('ambiguous')) {
    return new InputError(
      `Flag ${flag} needs a value; a value that starts with "-" goes after "=", as in ${flag}=-VALUE.`
    );
  }
  return new InputError(`Flag ${flag} needs a value.`);
}

function accepted(command: Command): string[] {
  const spec: CommandSpec = COMMANDS[command];
  return [...spec.settings, ...spec.files, ...(spec.labels ?? []), ...Object.keys(GLOBAL_FLAGS)];
}

/** A command as its messages name it. */
const nameOf = (command: Command): string =>
  command === 'baseline' ? 'baseline promote' : command === 'history' ? 'history import' : command;

function refuse(command: Command, flag: string): InputError {
  const hint =
    flag === 'baseline' && (COMMANDS[command].files as readonly string[]).includes('baseline-file')
      ? ' To name a baseline.json, use --baseline-file.'
      : '';
  const name = nameOf(command);
  return new InputError(
    `Flag --${flag} does not apply to ${name}. ${name} takes: ${accepted(command)
      .map((f) => `--${f}`)
      .join(', ')}.${hint}`
  );
}

/** The commands that take bench-args, and so the words after `--`: those that run a bench. */
const BENCH_COMMANDS = (Object.keys(COMMANDS) as Command[]).filter((c) =>
  (COMMANDS[c].settings as readonly string[]).includes('bench-args')
);

/** `a, b and c` (or `or`). */
const listed = (names: readonly string[], and = 'and'): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;

/** Refuses a word the command does not take, and `--` where it is not for a bench, by name. */
function checkWords({ command, positional, benchArgs, inputs }: CliArgs): void {
  if (command === null) {
    if (benchArgs === null) return;
    throw new InputError(
      `"--" goes after a command: ${listed(BENCH_COMMANDS, 'or')}, as in copybook-bench run -- --noplot.`
    );
  }
  const spec: CommandSpec = COMMANDS[command];
  const takesBenchArgs = BENCH_COMMANDS.includes(command);
  const stray = positional[spec.words.length];
  if (stray !== undefined) {
    // A word may be a credential typed in the wrong place.
    const word = redactText(stray);
    throw new InputError(
      takesBenchArgs
        ? `Unexpected argument "${word}": ${command} takes flags (copybook-bench ${command} --help lists them), and arguments for the bench harness after --, as in copybook-bench ${command} -- ${word}`
        : `Unexpected argument "${word}". Usage: copybook-bench ${spec.usage}`
    );
  }
  if (benchArgs === null) return;
  if (!takesBenchArgs) {
    throw new InputError(
      `"--" passes arguments to the bench harness, which only ${listed(BENCH_COMMANDS)} take, not ${nameOf(command)}.`
    );
  }
  if (inputs['bench-args'] !== undefined) {
    throw new InputError(
      "The bench harness's arguments are given twice, after -- and with --bench-args: give them once."
    );
  }
}

/**
 * `--baseline` is the mode, as the action input; a baseline.json to compare with is
 * `--baseline-file`, which means `compare`.
 */
function checkBaseline(inputs: Record<string, string>, files: CliArgs['files']): void {
  const mode = inputs.baseline?.trim();
  if (!mode) return;
  const spec = optionSpec('baseline');
  try {
    spec.parse(mode, { name: 'baseline', origin: 'input' });
  } catch {
    throw new InputError(
      `Invalid --baseline: "${redactText(mode)}". Accepted: ${spec.choices?.join(', ')}. To compare with a baseline.json, use --baseline-file ${redactText(mode)}.`
    );
  }
  if (files['baseline-file'] !== undefined && mode.toLowerCase() !== 'compare') {
    throw new InputError(
      `--baseline-file compares with that file, so --baseline can only be compare with it, not "${mode}".`
    );
  }
}

function parseStrict(flags: string[]) {
  try {
    return parseArgs({
      args: flags,
      options: PARSE_OPTIONS,
      strict: true,
      allowPositionals: true,
      tokens: true
    });
  } catch (error) {
    throw parseError(error);
  }
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { flags, benchArgs } = splitArgv(argv);
  const parsed = parseStrict(flags);
  const [name, ...positional] = parsed.positionals;
  if (name !== undefined && !Object.hasOwn(COMMANDS, name)) {
    throw new InputError(`Unknown command "${name}". Accepted: ${Object.keys(COMMANDS).join(', ')}.`);
  }
  const command = (name ?? null) as Command | null;
  const args: CliArgs = {
    command,
    positional,
    inputs: {},
    files: {},
    labels: {},
    benchArgs,
    verbose: parsed.values.verbose === true,
    help: parsed.values.help === true
  };
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || Object.hasOwn(GLOBAL_FLAGS, token.name)) continue;
    // `copybook-bench analyze --out x --help` shows analyze's flags.
    if (command !== null && !args.help && !accepted(command).includes(token.name)) {
      throw refuse(command, token.name);
    }
    const value = token.value ?? '';
    if (Object.hasOwn(FILE_FLAGS, token.name)) {
      // An empty setting means "not given"; an empty file name would be the current folder.
      if (value === '') throw new InputError(`Flag --${token.name} needs a file name.`);
      args.files[token.name as FileFlag] = value;
    } else if (Object.hasOwn(LABEL_FLAGS, token.name)) {
      if (value === '') throw new InputError(`Flag --${token.name} needs a value.`);
      args.labels[token.name as LabelFlag] = value;
    } else {
      args.inputs[token.name] = value;
    }
  }
  if (!args.help) {
    checkWords(args);
    checkBaseline(args.inputs, args.files);
  }
  return args;
}

const EXIT_CODES = 'Exit codes: 0 pass or warn, 1 a failing finding, 2 bad usage or bad input.';

function flagLines(names: readonly string[]): string[] {
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return names.map((name) => {
    if (Object.hasOwn(FILE_FLAGS, name)) return `  --${name.padEnd(width)}${FILE_FLAGS[name as FileFlag]}`;
    if (Object.hasOwn(LABEL_FLAGS, name)) return `  --${name.padEnd(width)}${LABEL_FLAGS[name as LabelFlag]}`;
    if (Object.hasOwn(GLOBAL_FLAGS, name))
      return `  --${name.padEnd(width)}${GLOBAL_FLAGS[name as keyof typeof GLOBAL_FLAGS]}`;
    const o = optionSpec(name as OptionName);
    const fallback = o.default === '' ? '' : ` [default: ${o.default}]`;
    return `  --${name.padEnd(width)}${optionDescription(o)}${fallback}`;
  });
}

const SETTINGS_HEADING = 'Flags (the same settings as the action inputs; flag > config file > default):';

/** How the bench harness's arguments are given, for the commands that take them. */
const BENCH_ARGS_HELP = [
  `Arguments for the bench harness (criterion), as with cargo bench (${listed(BENCH_COMMANDS)}):`,
  '  copybook-bench run -- --noplot --sample-size 10',
  '  copybook-bench run --bench-args "--noplot --sample-size 10"',
  "The words after -- go to the harness as they are, in place of bench-args (the config file's or",
  'the default --noplot); a bare -- passes none. --bench-args and --cargo-args take a value that',
  'starts with "-" as it is, and split it into words as a shell would (quotes group words), without',
  'running a shell.'
];

/** The help: every command and flag, or one command's flags. */
export function usage(command: Command | null = null): string {
  if (command !== null) {
    const spec: CommandSpec = COMMANDS[command];
    const lines = [`Usage: copybook-bench ${spec.usage}`, '', spec.summary, ''];
    if (spec.settings.length > 0) lines.push(SETTINGS_HEADING, ...flagLines(accepted(command)));
    else lines.push('Flags:', ...flagLines(accepted(command)));
    if (BENCH_COMMANDS.includes(command)) lines.push('', ...BENCH_ARGS_HELP);
    lines.push('', EXIT_CODES);
    return `${lines.join('\n')}\n`;
  }
  const lines = [
    'Usage: copybook-bench <command> [--flag value]...',
    '       copybook-bench <command> --help   (the flags that command takes)',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).flatMap(([name, spec]: [string, CommandSpec]) => [
      `  ${name.padEnd(10)}${spec.summary}`,
      // The command line of those with files and words of their own.
      ...(spec.usage.startsWith(`${name} [`) ? [] : [`${' '.repeat(12)}copybook-bench ${spec.usage}`])
    ]),
    '',
    SETTINGS_HEADING,
    ...flagLines([
      ...EVERY_SETTING,
      ...Object.keys(FILE_FLAGS),
      ...Object.keys(LABEL_FLAGS),
      ...Object.keys(GLOBAL_FLAGS)
    ]),
    '',
    ...BENCH_ARGS_HELP,
    '',
    EXIT_CODES
  ];
  return `${lines.join('\n')}\n`;
}
