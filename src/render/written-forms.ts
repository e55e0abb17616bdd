// How the renderers write a text taken from data: the escapes a value passes through on its way into
// the comment, the job summary and the pages. The scrubber (core/scrub.ts) looks for a secret in
// these forms too: markdown escaping turns `ghs_x` into `ghs\_x`, which an exact match misses.

import type { Encoding } from '../core/scrub.js';
import { escapeHtml } from './html/escape.js';
import { codeText, escapeMarkdown } from './markdown.js';
import { mermaidText } from './mermaid.js';

export const RENDERED_FORMS: readonly Encoding[] = [
  escapeMarkdown,
  codeText,
  escapeHtml,
  (value) => mermaidText(value, Number.POSITIVE_INFINITY)
];
