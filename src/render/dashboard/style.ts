// The dashboard's stylesheet: the report pages' palette, a light and a dark theme that follow
// prefers-color-scheme unless the reader picked one (`data-theme` on the root), and fixed-height
// chart boxes so that a thousand undrawn charts lay out at once and never jump when drawn.

export const DASHBOARD_STYLE = `
:root {
  color-scheme: light;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d1d9e0; --panel: #f6f8fa;
  --link: #0969da; --line: #0969da; --comp3: #8250df; --floor: #cf222e; --release: #9a6700;
  --grid: #e6eaef; --cursor: #1f2328; --better: #1a7f37;
}
:root[data-theme="dark"] {
  color-scheme: dark;
  --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23;
  --link: #4493f8; --line: #4493f8; --comp3: #ab7df8; --floor: #f85149; --release: #d29922;
  --grid: #262c36; --cursor: #e6edf3; --better: #3fb950;
}
@media (prefers-color-scheme: dark) {
  :root:not([data-theme="light"]) {
    color-scheme: dark;
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --panel: #151b23;
    --link: #4493f8; --line: #4493f8; --comp3: #ab7df8; --floor: #f85149; --release: #d29922;
    --grid: #262c36; --cursor: #e6edf3; --better: #3fb950;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--link); }
.skip { position: absolute; left: -10000px; }
.skip:focus { left: 8px; top: 8px; background: var(--panel); padding: 4px 8px; z-index: 2; }
header.page, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 24px; }
header.page { display: flex; flex-wrap: wrap; align-items: baseline; gap: 8px 16px; padding-top: 20px;
  padding-bottom: 12px; border-bottom: 1px solid var(--border); }
header.page h1 { margin: 0; font-size: 1.6em; flex: 1 1 auto; }
.meta { color: var(--muted); font-size: 0.9em; overflow-wrap: anywhere; }
button, select, input { font: inherit; color: var(--fg); background: var(--panel);
  border: 1px solid var(--border); border-radius: 6px; padding: 4px 8px; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
h2 { font-size: 1.25em; margin: 24px 0 10px; border-bottom: 1px solid var(--border); padding-bottom: 4px; }
.controls, .filters { display: flex; flex-wrap: wrap; gap: 12px 20px; align-items: center; margin: 12px 0; }
.controls label, .filters label { display: inline-flex; gap: 6px; align-items: center; }
#search { width: 22em; max-width: 100%; }
.count { color: var(--muted); margin: 0; }
.status { border-left: 4px solid var(--link); background: var(--panel); padding: 8px 12px; }
.status.problem { border-left-color: var(--floor); }
.headline, .list { display: grid; grid-template-columns: repeat(auto-fill, minmax(440px, 1fr)); gap: 16px; }
figure.chart { margin: 0; border: 1px solid var(--border); border-radius: 8px; padding: 8px 10px;
  background: var(--bg); position: relative; min-width: 0; }
figure.chart figcaption { display: flex; gap: 8px; align-items: baseline; margin-bottom: 4px; min-width: 0; }
figure.chart .id { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.85em; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
figure.chart .group { color: var(--muted); font-size: 0.8em; white-space: nowrap; overflow: hidden;
  text-overflow: ellipsis; margin-left: auto; }
.plot { height: 180px; position: relative; }
.headline .plot { height: 240px; }
/* Off-screen figures skip layout and paint until they come near: a thousand cost little. */
.list figure.chart { content-visibility: auto; contain-intrinsic-size: auto 226px; }
.plot canvas { display: block; width: 100%; height: 100%; }
.legend { color: var(--muted); font-size: 0.8em; margin: 4px 0 0; }
.legend .key { display: inline-block; width: 14px; height: 0; border-top: 2px solid var(--line);
  vertical-align: middle; margin: 0 4px 0 10px; }
.legend .key-floor { border-top: 2px dashed var(--floor); }
.legend .key-release { border-top: 2px dotted var(--release); }
.tooltip { position: absolute; z-index: 1; pointer-events: auto; background: var(--panel); color: var(--fg);
  border: 1px solid var(--border); border-radius: 6px; padding: 6px 10px; font-size: 0.85em;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2); max-width: 320px; overflow-wrap: anywhere; }
.tooltip p { margin: 0; }
.tooltip .title { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.tooltip .value { font-weight: 600; }
.tooltip .better { color: var(--better); } .tooltip .worse { color: var(--floor); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
footer { color: var(--muted); font-size: 0.8em; margin-top: 32px; padding-bottom: 24px; }
`;
