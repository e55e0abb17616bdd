// Characters that change how text is laid out or read without being seen themselves: line breaks
// (a lone CR ends a markdown line as LF does), NUL and the other C0 and C1 controls, DEL, the line
// and paragraph separators U+2028/U+2029, the bidi embeddings, overrides, isolates and marks
// (U+202A–U+202E, U+2066–U+2069, U+200E/U+200F, U+061C), which reorder what is shown, and the
// invisible ones (zero-width spaces and joiners, soft hyphen, variation selectors, fillers, tag
// characters). A benchmark id is chosen by the code under test, so every surface shows each of
// these as Rust's `{:?}` writes it (`\r`, `\0`, `\u{202e}`) instead of dropping it: the reader sees
// what is there, and two ids that differ only in such a character stay two ids. perf.json keeps
// the exact text.

/** Every character that is shown escaped (`u` flag: a lone surrogate is one match, `\p{Cs}`). */
const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;

const NAMED: Readonly<Record<string, string>> = { '\0': '\\0', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const VARIATION = /^[\u{fe0e}\u{fe0f}]$/u;

/**
 * Part of an emoji, and shown as such: a variation selector right after a pictograph (`⚠️` is
 * U+26A0 U+FE0F), a zero-width joiner between two (`👩‍💻`).
 */
function inEmoji(text: string, at: number, c: string): boolean {
  const before = text.slice(Math.max(0, at - 3), at);
  const previous = [...before].at(-1) ?? '';
  if (VARIATION.test(c)) return PICTOGRAPH.test(previous);
  if (c !== '\u200d') return false;
  const base = VARIATION.test(previous) ? ([...before].at(-2) ?? '') : previous;
  const next = String.fromCodePoint(text.codePointAt(at + 1) ?? 0);
  return PICTOGRAPH.test(base) && PICTOGRAPH.test(next);
}

/** The text with every HIDDEN_CHARACTER written out: `\n`, `\r`, `\t`, `\0`, else `\u{hex}`. */
export function showControls(text: string): string {
  return text.replace(HIDDEN_CHARACTER, (c: string, at: number) =>
    inEmoji(text, at, c) ? c : (NAMED[c] ?? `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`)
  );
}

/**
 * Prose (a message, a project name): its line feeds read as spaces, as a markdown paragraph and an
 * HTML page show them anyway (a multi-line message such as cargo's stderr tail stays readable);
 * everything else as showControls writes it, a lone CR included.
 */
export function showControlsInProse(text: string): string {
  return showControls(text.replace(/\r?\n/g, ' '));
}
