// The frame every page shares: one self-contained document with inline CSS (light and dark themes,
// print), a policy that forbids scripts and any request to another host, and the page header.

import { type HtmlValue, html, link, type SafeHtml, trusted } from './escape.js';

/** Where a page comes from: the project, run, commit and time its header shows. */
export interface PageHeader {
  /** The project or repository name. */
  project?: string | null;
  /** The workflow run's URL (only http(s) becomes a link). */
  runUrl?: string | null;
  commit?: string | null;
  /** ISO 8601 time the page describes; pages never read the clock themselves. */
  generatedAt?: string | null;
}

// Inline styles and inline data images only; no script, font, frame or fetch from anywhere.
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = trusted(`
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa;
  --pass: #1a7f37; --warn: #9a6700; --fail: #cf222e; --info: #0969da;
  --display: #0969da; --comp3: #8250df; --other: #59636e; --floor: #cf222e; --grid: #e6eaef;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23;
    --pass: #3fb950; --warn: #d29922; --fail: #f85149; --info: #4493f8;
    --display: #4493f8; --comp3: #ab7df8; --other: #9198a1; --floor: #f85149; --grid: #262c36;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; }
header.page { border-bottom: 1px solid var(--border); margin-bottom: 20px; padding-bottom: 12px; }
header.page h1 { margin: 0 0 4px; font-size: 1.6em; }
.meta { color: var(--muted); font-size: 0.9em; }
.meta span + span::before { content: " · "; }
h2 { font-size: 1.25em; margin: 28px 0 10px; border-bottom: 1px solid var(--border); padding-bottom: 4px; }
a { color: var(--info); }
code, .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em;
  overflow-wrap: anywhere; }
.headline { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 12px; }
.card { border: 1px solid var(--border); border-radius: 8px; padding: 12px 16px; background: var(--panel); }
.card .label { color: var(--muted); font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; }
.card .value { font-size: 1.9em; font-weight: 600; }
.card .detail { color: var(--muted); font-size: 0.9em; }
.badge { display: inline-block; border-radius: 999px; padding: 2px 10px; font-weight: 600; font-size: 0.85em;
  border: 1px solid currentColor; }
.status-pass { color: var(--pass); } .status-warn { color: var(--warn); } .status-fail, .status-missing { color: var(--fail); }
.level-FullyCompliant { color: var(--pass); } .level-ConditionallyCompliant { color: var(--info); }
.level-RequiresAttention { color: var(--warn); } .level-NonCompliant { color: var(--fail); }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border-bottom: 1px solid var(--border); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
ul.findings { padding-left: 1.2em; } ul.findings li { margin: 4px 0; overflow-wrap: anywhere; }
.note { border-left: 4px solid var(--info); background: var(--panel); padding: 8px 12px; }
.chart { max-width: 100%; height: auto; font-size: 11px; }
.chart text { fill: var(--fg); }
.chart .tick, .chart .axis-label { fill: var(--muted); }
.chart .row-label { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.chart .axis { stroke: var(--muted); stroke-width: 1; }
.chart .grid { stroke: var(--grid); stroke-width: 1; }
.chart .whisker { stroke-width: 1.5; }
.mark-display .dot, .series-display .point { fill: var(--display); } .mark-display .whisker { stroke: var(--display); }
.mark-comp3 .dot, .series-comp3 .point { fill: var(--comp3); } .mark-comp3 .whisker { stroke: var(--comp3); }
.mark-other .dot { fill: var(--other); } .mark-other .whisker { stroke: var(--other); }
.series-display polyline { stroke: var(--display); } .series-comp3 polyline { stroke: var(--comp3); }
.chart polyline { fill: none; stroke-width: 2; }
.chart .floor line { stroke: var(--floor); stroke-width: 1.5; stroke-dasharray: 6 4; }
.chart .floor text { fill: var(--floor); paint-order: stroke; stroke: var(--bg); stroke-width: 4px; stroke-linejoin: round; }
.legend { color: var(--muted); font-size: 0.85em; }
.legend .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin: 0 4px 0 12px; }
.swatch-display { background: var(--display); } .swatch-comp3 { background: var(--comp3); } .swatch-other { background: var(--other); }
.swatch-floor { background: var(--floor); border-radius: 0 !important; height: 3px !important; }
.sparkline polyline { fill: none; stroke: var(--info); stroke-width: 1.5; } .sparkline circle { fill: var(--info); }
.verdict-regressed { color: var(--fail); } .verdict-improved { color: var(--pass); }
.verdict-missing { color: var(--warn); }
.signature { border: 2px solid var(--fg); border-radius: 6px; padding: 12px 16px; }
.sign-line { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; margin-top: 28px; }
.sign-line div { border-top: 1px solid var(--fg); padding-top: 4px; color: var(--muted); font-size: 0.85em; }
footer { margin-top: 32px; color: var(--muted); font-size: 0.8em; }
@media print {
  /* Paper is light whatever the screen theme (the dark palette applies to screens only). */
  :root { color-scheme: light; --bg: #fff; --fg: #000; --muted: #444; --border: #999; --panel: #fff; --grid: #ddd; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  tr, .card, .signature, svg { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 0.85em; overflow-wrap: anywhere; }
}
@page { margin: 14mm; }
`);

export function page(input: {
  title: string;
  header?: PageHeader;
  /** Extra header lines (e.g. the badges). */
  headline?: HtmlValue;
  body: HtmlValue;
}): string {
  const c = input.header ?? {};
  const meta = [
    c.project ? html`<span>${c.project}</span>` : null,
    c.commit ? html`<span>commit <code>${c.commit}</code></span>` : null,
    c.generatedAt ? html`<span>${c.generatedAt}</span>` : null,
    c.runUrl ? html`<span>${link(c.runUrl, 'workflow run')}</span>` : null
  ];
  const document: SafeHtml = html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${input.title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header class="page">
<h1>${input.title}</h1>
<div class="meta">${meta}</div>
${input.headline ?? null}
</header>
${input.body}
<footer>Generated by copybook-bench. This file is self-contained: no scripts, no external resources.</footer>
</main>
</body>
</html>
`;
  return document.value;
}
