// The dashboard page (index.html on the data branch): self-contained, it loads only data.js beside it.

/** The page's HTML; it reads `window.COPYBOOK_BENCH_DATA` from data.js. */
export function dashboardPage(): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>copybook-bench history</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'unsafe-inline'">
</head>
<body><main><h1>copybook-bench history</h1><p id="status">Loading…</p></main>
<script src="data.js"></script>
<script>
const data = window.COPYBOOK_BENCH_DATA;
document.getElementById('status').textContent = data ? data.slots.length + ' testbeds' : 'data.js is missing';
</script>
</body></html>
`;
}
