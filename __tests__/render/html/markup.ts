// Checks on rendered pages as text: which elements exist, which URLs they point to.

/** Element names that open a tag anywhere in the markup. */
export function tagsIn(markup: string): Set<string> {
  return new Set([...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)/g)].map((m) => (m[1] ?? '').toLowerCase()));
}

/** The elements a page may contain: text, tables, inline SVG; no script, image, frame, link or form. */
export const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'footer',
  'section',
  'figure',
  'h1',
  'h2',
  'h3',
  'p',
  'div',
  'span',
  'a',
  'code',
  'strong',
  'em',
  'small',
  'br',
  'ul',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'svg',
  'g',
  'line',
  'circle',
  'polyline',
  'text'
]);

/** Every URL-bearing attribute value and CSS url()/@import in the markup. */
export function urlsIn(markup: string): string[] {
  return [
    ...[...markup.matchAll(/\s(?:href|src|action|xlink:href)="([^"]*)"/g)].map((m) => m[1] ?? ''),
    ...[...markup.matchAll(/url\(|@import/g)].map((m) => m[0])
  ];
}
