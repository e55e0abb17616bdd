// Where the pipeline talks to a person: the Action maps this onto @actions/core (log groups,
// annotations), the CLI onto stderr. Every message goes through logText on its way out.

import { showControls } from './controls.js';

export interface Log {
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `fn` inside a collapsible group of log lines. */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/**
 * A message made safe to print where a GitHub Actions runner reads it. The runner takes a line for
 * a workflow command (`::add-mask::…`, `::error::…`, `::stop-commands::…`) when it starts with `::`
 * after white space, or holds the older `##[command]` form anywhere, and it ends a line at a lone
 * CR too; `core.info` prints a message as it is, and a benchmark id in a message is chosen by the
 * code under test. So each line of the message has its control, bidi and invisible characters
 * shown escaped (as in the comment: `\r`, `\u{202e}`; an escape sequence reaches no terminal
 * either), a leading `::` written `\::` and every `##[` written `##\[`. Line feeds stay line breaks.
 */
export function logText(message: string): string {
  return message
    .split(/\r?\n/)
    .map((line) =>
      showControls(line)
        .replace(/^(\p{White_Space}*)::/u, '$1\\::')
        .replace(/##\[/g, '##\\[')
    )
    .join('\n');
}
