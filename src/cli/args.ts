// Command-line parsing (pure), generated from the options table: every action input is a flag of
// the same name. Each command declares the flags it takes; any other flag is refused, naming the
// flag, the command and what the command takes.

import { type ParseArgsConfig, parseArgs } from 'node:util';
import { OPTIONS, type OptionName, optionSpec } from '../core/config/options.js';
import { InputError, messageOf } from '../core/errors.js';
import { redactText } from '../core/redact.js';

/** Flags of single commands that are not action inputs: files to read and write. */
export const FILE_FLAGS = {
  'baseline-file': 'A baseline.json to compare with (run, analyze, demo) or to show (report, audit).',
  report: 'The perf.json to read (baseline promote, report, audit).',
  previous: 'The previous baseline.json, whose history the new one carries forward (baseline promote).',
  out: 'Where to write (baseline promote: the baseline.json; report, audit: a folder).'
} as const;

export type FileFlag = keyof typeof FILE_FLAGS;

interface CommandSpec {
  /** The command line, after `copybook-bench `. */
  usage: string;
  summary: string;
  /** The settings (action inputs) it reads. */
  settings: readonly OptionName[];
  files: readonly FileFlag[];
}

const EVERY_SETTING: readonly OptionName[] = OPTIONS.map((o) => o.name);

export const COMMANDS = {
  run: {
    usage: 'run [--flag value]...',
    summary: 'Run cargo bench, then analyze the results (--baseline-file compares with a baseline.json).',
    settings: EVERY_SETTING,
    files: ['baseline-file']
  },
  analyze: {
    usage: 'analyze [--flag value]...',
    summary:
      'Analyze results already on disk (--criterion-dir) or captured output (--bench-output); --baseline-file compares.',
    settings: EVERY_SETTING,
    files: ['baseline-file']
  },
  validate: {
    usage: 'validate FILE',
    summary: 'Check a perf.json file against the schema.',
    settings: [],
    files: []
  },
  baseline: {
    usage: 'baseline promote --report perf.json [--previous baseline.json] --out baseline.json',
    summary: "Build a baseline.json from a perf.json, carrying the previous baseline's history forward.",
    // The new baseline's name, testbed and history length, from the flags or the config file.
    settings: ['config-file', 'name', 'testbed', 'history-size'],
    files: ['report', 'previous', 'out']
  },
  report: {
    usage: 'report --report perf.json [--baseline-file baseline.json] --out DIR',
    summary: 'Write report.html and trend.html for a perf.json.',
    settings: [],
    files: ['report', 'baseline-file', 'out']
  },
  audit: {
    usage: 'audit --report perf.json [--baseline-file baseline.json] --out DIR',
    summary: 'Write audit.json, audit.html and compliance.html for a perf.json.',
    // Where the audit config lies, and how the tools' versions are asked (run: false asks none).
    settings: ['working-directory', 'config-file', 'audit-config', 'bench-env', 'run'],
    files: ['report', 'baseline-file', 'out']
  },
  demo: {
    usage: 'demo [--flag value]...',
    summary: 'Run the whole pipeline on the bundled example crate (examples/copybook-bench).',
    settings: EVERY_SETTING,
    files: ['baseline-file']
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
  verbose: boolean;
  help: boolean;
}

/** Flags every command takes. */
const GLOBAL_FLAGS = {
  verbose: 'Print stack traces of unexpected errors.',
  help: 'Show this help.'
} as const;

const PARSE_OPTIONS = {
  ...Object.fromEntries(
    [...EVERY_SETTING, ...(Object.keys(FILE_FLAGS) as FileFlag[])].map((name) => [name, { type: 'string' }])
  ),
  verbose: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies ParseArgsConfig['options'];

const BOOLEAN_SETTINGS: ReadonlySet<string> = new Set(
  OPTIONS.filter((o) => 'choices' in o && o.choices.join() === 'true,false').map((o) => o.name)
);

/**
 * A boolean setting given alone (`--job-summary`, then nothing or another flag) means true; with a
 * value it takes it (`--run false`), as every setting flag does.
 */
function withBareBooleans(argv: readonly string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((arg, i) => {
    if ((end >= 0 && i >= end) || !arg.startsWith('--') || !BOOLEAN_SETTINGS.has(arg.slice(2))) return arg;
    const next = argv[i + 1];
    return next === undefined || next.startsWith('-') ? `${arg}=true` : arg;
  });
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
  return [...spec.settings, ...spec.files, ...Object.keys(GLOBAL_FLAGS)];
}

function refuse(command: Command, flag: string): InputError {
  const hint =
    flag === 'baseline' && (COMMANDS[command].files as readonly string[]).includes('baseline-file')
      ? ' To name a baseline.json, use --baseline-file.'
      : '';
  const name = command === 'baseline' ? 'baseline promote' : command;
  return new InputError(
    `Flag --${flag} does not apply to ${name}. ${name} takes: ${accepted(command)
      .map((f) => `--${f}`)
      .join(', ')}.${hint}`
  );
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

function parseStrict(argv: readonly string[]) {
  try {
    return parseArgs({
      args: withBareBooleans(argv),
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
  const parsed = parseStrict(argv);
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
    } else {
      args.inputs[token.name] = value;
    }
  }
  if (!args.help) checkBaseline(args.inputs, args.files);
  return args;
}

const EXIT_CODES = 'Exit codes: 0 pass or warn, 1 a failing finding, 2 bad usage or bad input.';

function flagLines(names: readonly string[]): string[] {
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return names.map((name) => {
    if (Object.hasOwn(FILE_FLAGS, name)) return `  --${name.padEnd(width)}${FILE_FLAGS[name as FileFlag]}`;
    if (Object.hasOwn(GLOBAL_FLAGS, name))
      return `  --${name.padEnd(width)}${GLOBAL_FLAGS[name as keyof typeof GLOBAL_FLAGS]}`;
    const o = optionSpec(name as OptionName);
    const fallback = o.default === '' ? '' : ` [default: ${o.default}]`;
    return `  --${name.padEnd(width)}${o.description}${fallback}`;
  });
}

const SETTINGS_HEADING = 'Flags (the same settings as the action inputs; flag > config file > default):';

/** The help: every command and flag, or one command's flags. */
export function usage(command: Command | null = null): string {
  if (command !== null) {
    const spec: CommandSpec = COMMANDS[command];
    const lines = [`Usage: copybook-bench ${spec.usage}`, '', spec.summary, ''];
    if (spec.settings.length > 0) lines.push(SETTINGS_HEADING, ...flagLines(accepted(command)));
    else lines.push('Flags:', ...flagLines(accepted(command)));
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
    ...flagLines([...EVERY_SETTING, ...Object.keys(FILE_FLAGS), ...Object.keys(GLOBAL_FLAGS)]),
    '',
    EXIT_CODES
  ];
  return `${lines.join('\n')}\n`;
}
