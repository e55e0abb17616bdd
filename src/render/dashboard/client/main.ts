// The dashboard script's start: the theme (stored choice, else prefers-color-scheme), the controls
// (testbed/OS, range, search, group), the headline charts and the signal that the page is ready
// (`data-ready` on the root, `data-ready-ms` the time since navigation began). Runs in the head so
// the theme applies before the first paint; the data is read once data.js has run.

export const CLIENT_MAIN = `
var DATA = null;
var state = { slot: 0, range: 0, query: '', group: null };
var headlineCharts = [];
var THEME_KEY = 'copybook-bench-theme';

/** The selected slot, its series unpacked the first time it is shown (unpackValues). */
function currentSlot() {
  var slot = DATA.slots[state.slot];
  if (slot && !slot.unpacked) {
    if (!Array.isArray(slot.benchmarks)) slot.benchmarks = [];
    slot.benchmarks.forEach(function (series) { series.values = unpackValues(series.f32); });
    slot.unpacked = true;
  }
  return slot;
}

/** The first commit shown of a series of that length, under the selected range (0: all). */
function rangeStart(length) { return state.range > 0 ? Math.max(0, length - state.range) : 0; }

function markReady() {
  var root = document.documentElement;
  if (root.getAttribute('data-ready') === 'true') return;
  root.setAttribute('data-ready-ms', String(Math.round(performance.now())));
  root.setAttribute('data-ready', 'true');
}

function storedTheme() {
  try {
    var theme = window.localStorage.getItem(THEME_KEY);
    return theme === 'dark' || theme === 'light' ? theme : null;
  } catch (e) {
    return null; // file:// and private modes may refuse storage: the theme then follows the system.
  }
}

function effectiveTheme() {
  var chosen = document.documentElement.getAttribute('data-theme');
  if (chosen) return chosen;
  return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function showTheme() {
  document.getElementById('theme').setAttribute('aria-pressed', String(effectiveTheme() === 'dark'));
}

function toggleTheme() {
  var theme = effectiveTheme() === 'dark' ? 'light' : 'dark';
  document.documentElement.setAttribute('data-theme', theme);
  try { window.localStorage.setItem(THEME_KEY, theme); } catch (e) { /* not remembered, still applied */ }
  showTheme();
  redrawAll();
}

/** Redraws the charts on screen in the current colours and sizes; the others when they appear. */
function redrawAll() {
  readColors();
  headlineCharts.concat(listCharts).forEach(function (chart) {
    chart.drawn = false;
    if (chart.visible) drawChart(chart);
  });
}

function setStatus(text, problem) {
  var status = document.getElementById('status');
  status.textContent = text;
  status.className = problem ? 'status problem' : 'status';
  status.hidden = false;
}

function renderHeadline() {
  var slot = currentSlot();
  headlineCharts = [
    chartOn(document.getElementById('plot-display'),
      { title: 'DISPLAY', quantity: 'throughput', unit: ['GiB/s', 1], color: 'line' },
      slot.display_gibs, slot.display_floor_gibs, slot),
    chartOn(document.getElementById('plot-comp3'),
      { title: 'COMP-3', quantity: 'throughput', unit: ['MiB/s', 1], color: 'comp3' },
      slot.comp3_mibs, slot.comp3_floor_mibs, slot)
  ];
  headlineCharts.forEach(function (chart) {
    chart.visible = true;
    if (chart.floor && chart.floor.some(function (v) { return v !== null; })) chart.plot.setAttribute('data-floor', 'true');
    else chart.plot.removeAttribute('data-floor');
    drawChart(chart);
  });
}

/** The group filter's options for the slot, keeping the chosen group when the slot has it. */
function renderGroups() {
  var groups = Array.from(new Set(currentSlot().benchmarks.map(function (b) { return String(b.group); }))).sort();
  if (state.group !== null && groups.indexOf(state.group) === -1) state.group = null;
  var select = document.getElementById('group');
  var all = new Option('All groups', '');
  var options = groups.map(function (group, i) {
    return new Option(group === '' ? '(no group)' : group, String(i), false, group === state.group);
  });
  select.replaceChildren.apply(select, [all].concat(options));
  select.groups = groups;
}

function renderAll() {
  if (active) hidePoint(active);
  renderHeadline();
  renderGroups();
  renderList();
}
`;
