// The dashboard script's reading of a chart: the mouse or the keyboard (arrows, Home, End, Page
// Up/Down, Escape) puts a cursor on a point; a tooltip beside it and a live region say the value with
// its unit, the commit (linked when the repository is known), the date and the change against the
// previous point. Everything from the data goes in as text; the link only through `href`.

export const CLIENT_INTERACT = String.raw`
var chartOfPlot = new WeakMap();
var active = null;
// Kept by reference: while shown it lives in a chart's figure, which a new list may have removed.
var tooltipBox = null;

/** The nearest point with a value, from index i in direction step (0: either way). */
function valuedIndex(chart, i, step) {
  var has = function (k) { return k >= chart.from && k < chart.values.length && chart.values[k] !== null; };
  if (step !== 0) {
    for (var k = i; k >= chart.from && k < chart.values.length; k += step) if (has(k)) return k;
    return null;
  }
  for (var d = 0; d < chart.values.length; d++) {
    if (has(i - d)) return i - d;
    if (has(i + d)) return i + d;
  }
  return null;
}

function indexAt(chart, clientX) {
  var g = chart.geometry;
  if (!g) return null;
  var x = clientX - chart.plot.getBoundingClientRect().left;
  var span = g.to - g.from;
  var i = span > 0 ? g.from + Math.round(((x - g.left) / g.width) * span) : g.from;
  return valuedIndex(chart, Math.max(g.from, Math.min(g.to, i)), 0);
}

/** What the point says: value, change, commit, date, release and floor, as text. */
function pointFacts(chart, i) {
  var previous = null;
  for (var k = i - 1; k >= 0 && previous === null; k--) previous = chart.values[k];
  var commit = chart.commits[i];
  var change = changeOf(previous, chart.values[i]);
  var better = change === null || change === 0 ? '' : (change > 0) === (chart.spec.quantity !== 'time') ? 'better' : 'worse';
  return {
    value: formatValue(chart.spec, chart.values[i]),
    change: formatChange(change),
    better: better,
    sha: String(commit.sha),
    date: formatDate(commit.timestamp),
    release: commit.release === null || commit.release === undefined ? null : String(commit.release),
    floor: chart.floor && chart.floor[i] !== null ? formatValue(chart.spec, chart.floor[i]) : null
  };
}

function line(parts) {
  var p = document.createElement('p');
  parts.forEach(function (part) { p.append(part); });
  return p;
}

function span(className, text) {
  var s = document.createElement('span');
  s.className = className;
  s.textContent = text;
  return s;
}

/** The commit as a link to its page when the repository is an http(s) URL, else as code. */
function commitNode(sha) {
  var url = commitUrl(DATA.repository_url, sha);
  var node = document.createElement(url ? 'a' : 'code');
  if (url) node.setAttribute('href', url);
  node.textContent = shortSha(sha);
  node.setAttribute('data-sha', sha);
  return node;
}

function fillTooltip(tooltip, chart, facts) {
  var lines = [
    line([span('title', chart.spec.title)]),
    line([span('value', facts.value), ' ', span('change ' + facts.better, facts.change)]),
    line(['commit ', commitNode(facts.sha), ' \u00b7 ', span('date', facts.date)])
  ];
  if (facts.release !== null) lines.push(line(['release ', span('release', facts.release)]));
  if (facts.floor !== null) lines.push(line(['floor ', span('floor', facts.floor)]));
  tooltip.replaceChildren.apply(tooltip, lines);
}

function placeTooltip(tooltip, chart, i) {
  var figure = chart.plot.parentElement;
  if (tooltip.parentElement !== figure) figure.appendChild(tooltip);
  tooltip.hidden = false;
  var x = chart.plot.offsetLeft + chart.geometry.x(i);
  var room = figure.clientWidth - tooltip.offsetWidth - 4;
  tooltip.style.left = Math.max(4, Math.min(room, x + 12)) + 'px';
  tooltip.style.top = chart.plot.offsetTop + 4 + 'px';
}

/** Puts the cursor on point i: drawn, shown beside the chart and said in the live region. */
function showPoint(chart, i) {
  if (i === null) return;
  if (active && active !== chart) hidePoint(active);
  active = chart;
  chart.cursor = i;
  drawChart(chart);
  var facts = pointFacts(chart, i);
  fillTooltip(tooltipBox, chart, facts);
  placeTooltip(tooltipBox, chart, i);
  document.getElementById('live').textContent = chart.spec.title + ': ' + facts.value + ', ' +
    facts.change + ', commit ' + shortSha(facts.sha) + ', ' + facts.date +
    (facts.release !== null ? ', release ' + facts.release : '');
}

function hidePoint(chart) {
  chart.cursor = null;
  if (chart.drawn) drawChart(chart);
  tooltipBox.hidden = true;
  if (active === chart) active = null;
}

var KEY_STEPS = { ArrowLeft: -1, ArrowRight: 1, ArrowDown: -1, ArrowUp: 1, PageUp: -10, PageDown: 10 };

function onKey(event) {
  var chart = chartOfPlot.get(event.target);
  if (!chart) return;
  var last = chart.values.length - 1;
  var target = null;
  if (event.key === 'Escape') { hidePoint(chart); return; }
  if (event.key === 'Home') target = valuedIndex(chart, chart.from, 1);
  else if (event.key === 'End') target = valuedIndex(chart, last, -1);
  else if (KEY_STEPS[event.key]) {
    var step = KEY_STEPS[event.key];
    var start = chart.cursor === null ? last : Math.max(chart.from, Math.min(last, chart.cursor + step));
    target = valuedIndex(chart, start, step > 0 ? 1 : -1);
  } else return;
  event.preventDefault();
  if (target !== null) showPoint(chart, target);
}

function bindPointer() {
  document.addEventListener('mousemove', function (event) {
    var plot = event.target.closest && event.target.closest('.plot');
    var chart = plot && chartOfPlot.get(plot);
    if (chart && chart.drawn) showPoint(chart, indexAt(chart, event.clientX));
  });
  document.addEventListener('mouseover', function (event) {
    if (!active) return;
    var figure = active.plot.parentElement;
    if (!figure.contains(event.target) && !figure.contains(document.activeElement)) hidePoint(active);
  });
  document.addEventListener('keydown', onKey);
  document.addEventListener('focusin', function (event) {
    var chart = chartOfPlot.get(event.target);
    if (chart) {
      if (!chart.drawn) drawChart(chart);
      showPoint(chart, chart.cursor !== null ? chart.cursor : valuedIndex(chart, chart.values.length - 1, -1));
    }
  });
  document.addEventListener('focusout', function (event) {
    if (!active) return;
    var figure = active.plot.parentElement;
    if (!event.relatedTarget || !figure.contains(event.relatedTarget)) hidePoint(active);
  });
}
`;
