// The CLI's entry point: arguments in, a command run, an exit code out: 0 pass or warn, 1 a failing
// finding, 2 bad usage or bad input.

import { scrubberOf } from '../app/gate.js';
import { SetupError } from '../app/prepare.js';
import { InputError, messageOf } from '../core/errors.js';
import { jobCredentials } from '../core/secrets.js';
import { type CliArgs, parseCliArgs, usage } from './args.js';
import {
  analyzeCommand,
  auditCommand,
  baselineCommand,
  type CliIO,
  demoCommand,
  printLine,
  reportCommand,
  validateCommand
} from './commands.js';
import { historyCommand } from './history.js';

export type { CliIO } from './commands.js';

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let args: CliArgs | null = null;
  try {
    args = parseCliArgs(argv);
    if (args.help || args.command === null) {
      (args.help ? io.stdout : io.stderr)(usage(args.command));
      return args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'run':
        return await analyzeCommand(args, io, { run: 'true' });
      case 'analyze':
        return await analyzeCommand(args, io, { run: 'false' });
      case 'demo':
        return await demoCommand(args, io);
      case 'validate':
        return validateCommand(args, io);
      case 'baseline':
        return await baselineCommand(args, io);
      case 'report':
        return await reportCommand(args, io);
      case 'audit':
        return await auditCommand(args, io);
      case 'history':
        return await historyCommand(args, io);
    }
  } catch (error) {
    // A message may quote what it failed on: the environment's credentials are scrubbed from it.
    const scrub = scrubberOf(jobCredentials(io.env));
    const say = (write: (text: string) => void, message: string): void =>
      printLine(write, scrub.text(message));
    if (error instanceof InputError) {
      say(io.stderr, `copybook-bench: ${error.message}`);
      if (error instanceof SetupError) say(io.stdout, `Report: ${error.reportPath}`);
      return 2;
    }
    say(io.stderr, `copybook-bench: unexpected error: ${messageOf(error)}`);
    if (args?.verbose && error instanceof Error && error.stack) io.stderr(`${scrub.text(error.stack)}\n`);
    return 2;
  }
}
