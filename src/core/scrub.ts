// The exact values of the run's credentials taken out of every text that leaves the runner: the
// last gate before a comment, a page, an output or a log line is published. The bench runs as the
// job's user and can read the action's own environment (/proc/<pid>/environ), so a benchmark id or
// a line it prints may carry a token verbatim; redact.ts finds credentials by their shape and
// cannot know a value that looks like nothing in particular. Pure: values and text in, text out.

import { showControls, showControlsInProse } from './controls.js';
import { REDACTED } from './redact.js';

/**
 * Shorter values are left alone: a `bench-env` value such as `1` or `true` would blank out every
 * number and word it happens to match, and no credential is this short (the job's tokens are 40
 * characters and more).
 */
export const MIN_SECRET_LENGTH = 8;

/** How a value reads once written somewhere (inside a JSON string, on a page, in a URL). */
export type Encoding = (value: string) => string;

const HTML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

/** The forms every writer of this code base can give a value, whatever else a caller adds. */
export const WRITTEN_FORMS: readonly Encoding[] = [
  (value) => value,
  // Inside a JSON string (perf.json, audit.json, a REST body).
  (value) => JSON.stringify(value).slice(1, -1),
  (value) => value.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c),
  encodeURIComponent,
  encodeURI,
  (value) => encodeURIComponent(value).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase()),
  showControls,
  showControlsInProse
];

export interface Scrubber {
  /** `text` with every written form of every value replaced (by `***` unless told otherwise). */
  text(text: string, replacement?: string): string;
  /** A JSON-like value with every string in it, keys included, scrubbed. */
  deep<T>(value: T): T;
  /** Where the forms occur in `text`, as sorted, merged [start, end) spans. */
  spans(text: string): Array<[number, number]>;
  /** The length of the longest form (0 when there is nothing to scrub). */
  readonly longest: number;
}

/**
 * Each line of each value long enough to scrub, once. A value is matched line by line, as the
 * runner masks a secret of several lines: so no form holds a line break, and a stream can be
 * written up to its last line break without splitting one.
 */
function secretLines(values: Iterable<string | null | undefined>): string[] {
  const lines = new Set<string>();
  for (const value of values) {
    for (const line of (value ?? '').split(/\r\n|\r|\n/))
      if (line.length >= MIN_SECRET_LENGTH) lines.add(line);
  }
  return [...lines];
}

/** Every form of every line, longest first; an encoding that cannot write a value adds none. */
function formsOf(lines: readonly string[], encodings: readonly Encoding[]): string[] {
  const forms = new Set<string>();
  for (const line of lines) {
    for (const encode of encodings) {
      try {
        const form = encode(line);
        if (form.length >= MIN_SECRET_LENGTH && !/[\r\n]/.test(form)) forms.add(form);
      } catch {
        // encodeURIComponent throws on a lone surrogate: no such URL is ever written.
      }
    }
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/** Every occurrence of every form, overlapping ones joined, so that no part of a value is left. */
function spansIn(text: string, forms: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1))
      found.push([at, at + form.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of found) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function replaceSpans(text: string, spans: ReadonlyArray<[number, number]>, replacement: string): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    out += text.slice(from, start) + replacement;
    from = end;
  }
  return out + text.slice(from);
}

/**
 * A scrubber of `values` (unset and short ones ignored) in the WRITTEN_FORMS and the `encodings`
 * a caller adds (the renderers' escapes, say).
 */
export function scrubber(
  values: Iterable<string | null | undefined>,
  encodings: readonly Encoding[] = []
): Scrubber {
  const forms = formsOf(secretLines(values), [...WRITTEN_FORMS, ...encodings]);
  const shortest = forms.at(-1)?.length ?? Number.POSITIVE_INFINITY;
  const spans = (text: string): Array<[number, number]> =>
    text.length < shortest ? [] : spansIn(text, forms);
  const text = (input: string, replacement = REDACTED): string =>
    replaceSpans(input, spans(input), replacement);
  const deep = <T>(value: T): T => (forms.length === 0 ? value : (deepScrub(value, text) as T));
  return { text, deep, spans, longest: forms[0]?.length ?? 0 };
}

/** Strings, arrays and plain objects rebuilt with `scrub` applied; anything else as it is. */
function deepScrub(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((item) => deepScrub(item, scrub));
  if (value === null || typeof value !== 'object') return value;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  // fromEntries defines own properties, so a `__proto__` key stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [scrub(key), deepScrub(item, scrub)]));
}

export interface ScrubbedStream {
  /** Takes the next piece of a stream; writes what can no longer be part of a value. */
  write(text: string): void;
  /** Writes what is held back (the stream ended, or a log line comes next). */
  flush(): void;
}

/**
 * A stream (a child's output, echoed live) scrubbed on its way to `out`: a value may arrive in two
 * pieces, so the tail that could still become one is held back, and never more than the longest
 * form less one character past the last line break.
 */
export function scrubbedStream(scrub: Scrubber, out: (text: string) => void): ScrubbedStream {
  let pending = '';
  const emit = (upTo: number): void => {
    if (upTo <= 0) return;
    out(scrub.text(pending.slice(0, upTo)));
    pending = pending.slice(upTo);
  };
  return {
    write(text) {
      if (scrub.longest === 0) return out(text);
      pending += text;
      const lineEnd = Math.max(pending.lastIndexOf('\n'), pending.lastIndexOf('\r')) + 1;
      let cut = Math.max(lineEnd, pending.length - (scrub.longest - 1));
      // A form found across the cut goes out whole, later: cut before it.
      for (const [start, end] of scrub.spans(pending)) if (start < cut && cut < end) cut = start;
      emit(cut);
    },
    flush() {
      emit(pending.length);
    }
  };
}
