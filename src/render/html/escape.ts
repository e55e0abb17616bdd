// HTML that escapes by default: the `html` tag escapes every interpolated value unless it is
// already SafeHtml (built by this tag). Values from files and inputs therefore always render as text,
// in element content and in quoted attributes alike, and there is no way to forget to escape. A bidi
// override would flip the text shown after it, so control, bidi and invisible characters are shown
// escaped too (see controls.ts).

import { showControlsInProse } from '../../core/controls.js';

/** Markup that is safe to insert as is: only the `html` tag and `trusted` make it. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated: text and numbers (escaped), SafeHtml, lists of them; false/null skip. */
export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
};

/**
 * Escapes text for element content and for single- or double-quoted attribute values; a line break
 * reads as the space a page shows for it, other control characters as `\r`, `\u{202e}`.
 */
export function escapeHtml(text: string): string {
  return showControlsInProse(text).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Marks a constant of this code base (a style sheet, say) as markup. Never for data. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** A link target only when it is an http(s) URL; anything else (javascript:, data:) is refused. */
export function safeHref(url: string | null | undefined): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

/** A link when the URL is safe, else the text alone. */
export function link(url: string | null | undefined, text: HtmlValue): SafeHtml {
  const href = safeHref(url);
  return href ? html`<a href="${href}">${text}</a>` : html`${text}`;
}
