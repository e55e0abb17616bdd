// Markdown escaping for text that came from files or inputs (benchmark ids, messages): it must not
// break a line or a table, open HTML (an HTML comment included: `<!--` never appears from data, so
// no text that looks for our marker finds one), start formatting, or ping people and issues on
// GitHub. Control, bidi and invisible characters are shown escaped first (see controls.ts).

import { maxOf } from '../core/arrays.js';
import { showControls, showControlsInProse } from '../core/controls.js';

/**
 * U+2060 WORD JOINER, as an entity so that the markdown itself stays free of invisible characters.
 * GitHub links `@name`, `#123`, `GH-123`, `www.` and `https://` in the rendered text, after entities
 * and backslash escapes are resolved (so `&#64;name` is still a mention); a joiner right after the
 * `@` or `#` breaks the pattern and shows nothing.
 */
const JOINER = '&#8288;';

// Characters that are markdown, and the places where GitHub would make a mention or a link.
const SPECIAL = /[&<>\\`*_[\]|~!@#]|:(?=\/\/)|(?<=\bwww)\.|(?<=\bGH)-(?=\d)/gi;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '@': `@${JOINER}`,
  '#': `#${JOINER}`,
  ':': `:${JOINER}`,
  '.': `${JOINER}.`,
  '-': `${JOINER}-`
};

/**
 * Escapes free text for a markdown paragraph or table cell. Line breaks read as spaces; other
 * control, bidi and invisible characters are shown as `\r`, `\u{202e}`.
 */
export function escapeMarkdown(text: string): string {
  // One pass, so an entity written for one character is never escaped again by another rule.
  return showControlsInProse(text).replace(SPECIAL, (c) => ESCAPES[c] ?? `\\${c}`);
}

/**
 * An inline code span for an id: nothing inside is formatted, linked or mentioned (GitHub links no
 * mention or reference inside code), and no character in it can end the line. Inside a code span
 * backslash escapes and entities are literal, so:
 * - the fence is longer than any backtick run inside, padded with a space when the text starts or
 *   ends with a backtick, or with a space at both ends (which the renderer would strip otherwise);
 * - `|` is escaped because GitHub splits a table row on it first, even inside code (it takes any
 *   `|` after a backslash as escaped, `\\|` too, and removes that one backslash);
 * - `<!--` gets U+2060 (WORD JOINER, invisible) after the `<`, the one character this inserts.
 */
export function code(text: string): string {
  const shown = codeText(text);
  const longest = Math.max(0, maxOf((shown.match(/`+/g) ?? []).map((run) => run.length)));
  const fence = '`'.repeat(longest + 1);
  const spaced = shown.startsWith(' ') && shown.endsWith(' ') && shown.trim() !== '';
  const pad = shown.startsWith('`') || shown.endsWith('`') || spaced || shown === '' ? ' ' : '';
  return `${fence}${pad}${shown}${pad}${fence}`;
}

/** What an inline code span (see code) holds of `text`, without its fence. */
export function codeText(text: string): string {
  return showControls(text).replace(/\|/g, '\\|').replace(/<!--/g, '<\u2060!--');
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
