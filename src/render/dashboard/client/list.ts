// The dashboard script's benchmark list: one figure per benchmark that passes the search (substring,
// case-insensitive) and the group filter, each a fixed-height box whose canvas is drawn only when it
// comes near the viewport (IntersectionObserver). Filtering rebuilds the list and nothing else.

export const CLIENT_LIST = `
var listCharts = [];
var observer = null;
var lowerIds = new WeakMap();

/** The slot's ids in lower case, computed once per slot. */
function lowerIdsOf(slot) {
  var ids = lowerIds.get(slot);
  if (!ids) {
    ids = slot.benchmarks.map(function (b) { return String(b.id).toLowerCase(); });
    lowerIds.set(slot, ids);
  }
  return ids;
}

function matchingSeries(slot, query, group) {
  var ids = lowerIdsOf(slot);
  var needle = query.toLowerCase();
  return slot.benchmarks.filter(function (b, i) {
    return (group === null || b.group === group) && (needle === '' || ids[i].indexOf(needle) !== -1);
  });
}

/** What a screen reader hears for a chart: its latest value and how many points it has. */
function summaryOf(chart) {
  var points = 0;
  var latest = null;
  for (var i = chart.from; i < chart.values.length; i++) {
    if (chart.values[i] === null) continue;
    points++;
    latest = chart.values[i];
  }
  var text = chart.spec.title + ': ' + (latest === null ? 'no value' : formatValue(chart.spec, latest) + ' latest') +
    ', ' + points + (points === 1 ? ' point' : ' points');
  if (chart.floor) {
    var floor = chart.floor[chart.floor.length - 1];
    if (floor !== null && floor !== undefined) text += ', floor ' + formatValue(chart.spec, floor);
  }
  return text;
}

/** A chart over a plot box: registered for the pointer and the keyboard, labelled for readers. */
function chartOn(plot, spec, values, floor, slot) {
  var chart = {
    plot: plot, spec: spec, values: values, floor: floor, commits: slot.commits,
    from: rangeStart(values.length), cursor: null, drawn: false, visible: false, geometry: null
  };
  chartOfPlot.set(plot, chart);
  plot.setAttribute('role', 'img');
  plot.setAttribute('tabindex', '0');
  plot.setAttribute('aria-label', summaryOf(chart));
  return chart;
}

function benchmarkFigure(series, slot) {
  var figure = document.createElement('figure');
  figure.className = 'chart';
  figure.setAttribute('data-id', series.id);
  var caption = document.createElement('figcaption');
  caption.append(span('id', series.id), span('group', series.group));
  caption.firstChild.setAttribute('title', series.id);
  var plot = document.createElement('div');
  plot.className = 'plot';
  figure.append(caption, plot);
  var spec = { title: String(series.id), quantity: series.quantity, unit: null, color: 'line' };
  listCharts.push(chartOn(plot, spec, series.values, null, slot));
  return figure;
}

function onIntersect(entries) {
  entries.forEach(function (entry) {
    var chart = chartOfPlot.get(entry.target);
    if (!chart) return;
    chart.visible = entry.isIntersecting;
    if (chart.visible && !chart.drawn) drawChart(chart);
  });
}

/** Rebuilds the benchmark list of the current slot and filters; counts what it shows. */
function renderList() {
  var slot = currentSlot();
  var shown = matchingSeries(slot, state.query, state.group);
  if (observer) observer.disconnect();
  if (active && listCharts.indexOf(active) !== -1) hidePoint(active);
  listCharts = [];
  var fragment = document.createDocumentFragment();
  shown.forEach(function (series) { fragment.appendChild(benchmarkFigure(series, slot)); });
  var list = document.getElementById('benchmarks');
  list.replaceChildren(fragment);
  var total = slot.benchmarks.length;
  var count = document.getElementById('count');
  count.textContent = (shown.length === total ? '' : shown.length.toLocaleString('en-US') + ' of ') +
    total.toLocaleString('en-US') + (total === 1 ? ' benchmark' : ' benchmarks');
  count.setAttribute('data-shown', String(shown.length));
  observer = new IntersectionObserver(onIntersect, { rootMargin: '200px 0px' });
  listCharts.forEach(function (chart) { observer.observe(chart.plot); });
  drawFirstInView();
}

/** Draws the top of the list now, without waiting a frame for the observer, then says ready. */
function drawFirstInView() {
  var bottom = window.innerHeight;
  for (var i = 0; i < listCharts.length && i < 12; i++) {
    var chart = listCharts[i];
    if (chart.plot.getBoundingClientRect().top > bottom) break;
    chart.visible = true;
    if (!chart.drawn) drawChart(chart);
  }
  markReady();
}
`;
