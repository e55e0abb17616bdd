// Markdown escaping for text that came from files or inputs (benchmark ids, messages): it must not
// break a table, open HTML, start formatting, or ping people and issues on GitHub.

import { maxOf } from '../arrays.js';

/** Escapes free text for a markdown paragraph or table cell. */
export function escapeMarkdown(text: string): string {
  // One pass, so an entity written for one character is never escaped again by another rule.
  return text.replace(/\r?\n|[&<>@#\\`*_[\]|~!]/g, (c) => ESCAPES[c] ?? `\\${c}`);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\n': ' ',
  '\r\n': ' ',
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': '&#64;',
  '#': '&#35;'
};

/**
 * An inline code span for an id: nothing inside is formatted, linked or mentioned. The fence is
 * longer than any backtick run inside; `|` is escaped because tables split on it even in code.
 */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, maxOf((flat.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A markdown table; cells are already escaped. */
export function table(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  align?: readonly string[]
): string {
  const sep = header.map((_, i) => (align?.[i] === 'right' ? '---:' : '---'));
  return [header, sep, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
