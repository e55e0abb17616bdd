// Command-line parsing (pure): a command, positional arguments and `--flag value` pairs. Every
// action input is a flag of the same name.

import { OPTION_NAMES, OPTIONS } from '../core/config/options.js';
import { InputError } from '../core/errors.js';

export const COMMANDS = {
  run: 'Run cargo bench, then analyze the results (--baseline FILE compares with a baseline.json).',
  analyze:
    'Analyze results already on disk (--criterion-dir) or captured output (--bench-output); --baseline FILE compares.',
  validate: 'Check a perf.json file against the schema: validate FILE.',
  baseline:
    'baseline promote --report perf.json [--previous baseline.json] --out baseline.json: build a baseline.',
  report: 'report --report perf.json [--baseline baseline.json] --out DIR: report.html and trend.html.',
  audit:
    'audit --report perf.json [--baseline baseline.json] --out DIR: audit.json, audit.html, compliance.html.',
  demo: 'Run the whole pipeline on the bundled example crate (examples/copybook-bench).'
} as const;

/** Flags of single commands that are not action inputs: files to read and write. */
export const FILE_FLAGS = {
  report: 'A perf.json to read (baseline promote, report, audit).',
  previous: 'The previous baseline.json, whose history the new one carries forward (baseline promote).',
  out: 'Where to write (baseline promote: the baseline.json; report, audit: a folder).'
} as const;

export type Command = keyof typeof COMMANDS;

export interface CliArgs {
  command: Command | null;
  positional: string[];
  /** Values of action-input flags, by input name. */
  inputs: Record<string, string>;
  /** Values of FILE_FLAGS. */
  files: Partial<Record<keyof typeof FILE_FLAGS, string>>;
  verbose: boolean;
  help: boolean;
}

const BOOLEAN_OPTIONS: ReadonlySet<string> = new Set(
  OPTIONS.filter((o) => 'choices' in o && o.choices.join() === 'true,false').map((o) => o.name)
);

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { command: null, positional: [], inputs: {}, files: {}, verbose: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') {
      args.help = true;
    } else if (arg === '--verbose' || arg === '-v') {
      args.verbose = true;
    } else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
      const isFile = Object.hasOwn(FILE_FLAGS, name);
      if (!OPTION_NAMES.has(name) && !isFile) {
        throw new InputError(`Unknown flag --${name}. Run with --help to list the flags.`);
      }
      let value: string | undefined;
      if (eq >= 0) value = arg.slice(eq + 1);
      else if (BOOLEAN_OPTIONS.has(name) && (i + 1 >= argv.length || argv[i + 1]?.startsWith('--')))
        value = 'true';
      else value = argv[++i];
      if (value === undefined) throw new InputError(`Flag --${name} needs a value.`);
      if (isFile) args.files[name as keyof typeof FILE_FLAGS] = value;
      else args.inputs[name] = value;
    } else if (args.command === null) {
      if (!(arg in COMMANDS)) {
        throw new InputError(`Unknown command "${arg}". Accepted: ${Object.keys(COMMANDS).join(', ')}.`);
      }
      args.command = arg as Command;
    } else {
      args.positional.push(arg);
    }
  }
  return args;
}

export function usage(): string {
  const width = Math.max(...OPTIONS.map((o) => o.name.length)) + 2;
  const lines = [
    'Usage: copybook-bench <command> [--flag value]...',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, text]) => `  ${name.padEnd(10)}${text}`),
    '',
    'Flags (the same settings as the action inputs; flag > config file > default):'
  ];
  for (const o of OPTIONS) {
    const fallback = o.default === '' ? '' : ` [default: ${o.default}]`;
    lines.push(`  --${o.name.padEnd(width)}${o.description}${fallback}`);
  }
  for (const [name, text] of Object.entries(FILE_FLAGS)) lines.push(`  --${name.padEnd(width)}${text}`);
  lines.push(
    `  --${'verbose'.padEnd(width)}Print stack traces of unexpected errors.`,
    `  --${'help'.padEnd(width)}Show this help.`,
    '',
    'Exit codes: 0 pass or warn, 1 a failing finding, 2 bad usage or bad input.'
  );
  return `${lines.join('\n')}\n`;
}
