// The dashboard script's charts: one canvas per chart, sized for the device's pixel ratio and drawn
// on demand. A chart is a plain object: its box (`plot`), what it shows (`spec`: title, quantity,
// fixed unit or null, colour), the slot's values and floor (one per commit), the first commit of the
// selected range (`from`) and the point under the cursor. Canvas text is never markup.

export const CLIENT_CHART = `
var MARGIN = { left: 66, right: 12, top: 16, bottom: 20 };
var colors = {};

function readColors() {
  var style = getComputedStyle(document.documentElement);
  ['fg', 'muted', 'grid', 'line', 'comp3', 'floor', 'release', 'cursor', 'bg'].forEach(function (name) {
    colors[name] = style.getPropertyValue('--' + name).trim() || '#888';
  });
}

/** The canvas of a plot, created on first use, sized to its box in device pixels. */
function canvasOf(plot) {
  var canvas = plot.firstElementChild;
  if (!canvas) {
    canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    plot.appendChild(canvas);
  }
  var ratio = window.devicePixelRatio || 1;
  var width = plot.clientWidth;
  var height = plot.clientHeight;
  if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
  if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
  var context = canvas.getContext('2d');
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  return { context: context, width: width, height: height };
}

/** The smallest and largest value in [from, to] of the arrays given (nulls skipped). */
function extentOf(arrays, from, to) {
  var low = Infinity;
  var high = -Infinity;
  arrays.forEach(function (values) {
    for (var i = from; i <= to; i++) {
      var v = values[i];
      if (v === null || v === undefined) continue;
      if (v < low) low = v;
      if (v > high) high = v;
    }
  });
  if (low === Infinity) return [0, 1];
  var pad = high > low ? (high - low) * 0.08 : Math.abs(high) * 0.1 || 1;
  return [Math.max(0, low - pad), high + pad];
}

/** Where values and commits go on the canvas. */
function geometryOf(chart, width, height) {
  var to = chart.values.length - 1;
  var from = Math.min(chart.from, to);
  var arrays = chart.floor ? [chart.values, chart.floor] : [chart.values];
  var extent = extentOf(arrays, from, to);
  var left = MARGIN.left;
  var plotWidth = Math.max(10, width - MARGIN.left - MARGIN.right);
  var top = MARGIN.top;
  var plotHeight = Math.max(10, height - MARGIN.top - MARGIN.bottom);
  var span = to - from;
  return {
    from: from, to: to, low: extent[0], high: extent[1], left: left, top: top,
    width: plotWidth, height: plotHeight,
    unit: chart.spec.unit || scaleOf(chart.spec.quantity, extent[1]),
    x: function (i) { return span > 0 ? left + ((i - from) * plotWidth) / span : left + plotWidth / 2; },
    y: function (v) { return top + plotHeight - ((v - extent[0]) * plotHeight) / (extent[1] - extent[0]); }
  };
}

/** About four round steps between low and high (in the axis's unit). */
function ticksOf(low, high) {
  var raw = (high - low) / 4;
  var power = Math.pow(10, Math.floor(Math.log10(raw)));
  var step = [1, 2, 2.5, 5, 10].map(function (m) { return m * power; }).find(function (s) {
    return s >= raw;
  });
  var ticks = [];
  for (var v = Math.ceil(low / step) * step; v <= high; v += step) ticks.push(v);
  return ticks;
}

function drawAxes(context, g, commits) {
  context.font = '11px system-ui, sans-serif';
  context.lineWidth = 1;
  context.strokeStyle = colors.grid;
  context.fillStyle = colors.muted;
  context.textAlign = 'right';
  context.textBaseline = 'middle';
  ticksOf(g.low / g.unit[1], g.high / g.unit[1]).forEach(function (tick) {
    var v = tick * g.unit[1];
    var y = Math.round(g.y(v)) + 0.5;
    context.beginPath();
    context.moveTo(g.left, y);
    context.lineTo(g.left + g.width, y);
    context.stroke();
    context.fillText(formatIn(v, g.unit), g.left - 6, y);
  });
  context.textBaseline = 'alphabetic';
  var bottom = g.top + g.height + 15;
  context.textAlign = 'left';
  context.fillText(formatDate(commits[g.from].timestamp).slice(0, 10), g.left, bottom);
  context.textAlign = 'right';
  if (g.to > g.from) context.fillText(formatDate(commits[g.to].timestamp).slice(0, 10), g.left + g.width, bottom);
}

/** A dotted line at every release in range, named at the top when there is room. */
function drawReleases(context, g, commits) {
  var lastLabel = -Infinity;
  context.strokeStyle = colors.release;
  context.fillStyle = colors.release;
  context.setLineDash([2, 3]);
  context.textAlign = 'left';
  for (var i = g.from; i <= g.to; i++) {
    var release = commits[i].release;
    if (release === null || release === undefined) continue;
    var x = Math.round(g.x(i)) + 0.5;
    context.beginPath();
    context.moveTo(x, g.top);
    context.lineTo(x, g.top + g.height);
    context.stroke();
    if (x - lastLabel > 70) {
      context.fillText(String(release).slice(0, 14), x + 2, g.top - 4);
      lastLabel = x;
    }
  }
  context.setLineDash([]);
}

/** A line through the values (broken where one is missing), with a dot at each point if asked. */
function drawLine(context, g, values, color, dashed, dots) {
  context.strokeStyle = color;
  context.fillStyle = color;
  context.lineWidth = dashed ? 1.5 : 1.75;
  context.setLineDash(dashed ? [6, 4] : []);
  context.beginPath();
  var open = false;
  for (var i = g.from; i <= g.to; i++) {
    var v = values[i];
    if (v === null || v === undefined) { open = false; continue; }
    if (open) context.lineTo(g.x(i), g.y(v));
    else context.moveTo(g.x(i), g.y(v));
    open = true;
  }
  context.stroke();
  context.setLineDash([]);
  if (!dots) return;
  var size = g.to - g.from > 150 ? 2 : 3;
  for (var j = g.from; j <= g.to; j++) {
    if (values[j] !== null && values[j] !== undefined)
      context.fillRect(g.x(j) - size / 2, g.y(values[j]) - size / 2, size, size);
  }
}

function drawCursor(context, g, chart) {
  var i = chart.cursor;
  var x = Math.round(g.x(i)) + 0.5;
  context.strokeStyle = colors.cursor;
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(x, g.top);
  context.lineTo(x, g.top + g.height);
  context.stroke();
  if (chart.values[i] === null || chart.values[i] === undefined) return;
  context.fillStyle = colors[chart.spec.color];
  context.beginPath();
  context.arc(g.x(i), g.y(chart.values[i]), 4.5, 0, Math.PI * 2);
  context.fill();
  context.strokeStyle = colors.bg;
  context.stroke();
}

/** Draws the chart now and marks its box as drawn. */
function drawChart(chart) {
  var box = canvasOf(chart.plot);
  var context = box.context;
  context.clearRect(0, 0, box.width, box.height);
  chart.drawn = true;
  chart.plot.setAttribute('data-drawn', 'true');
  if (chart.values.length === 0) return;
  var g = geometryOf(chart, box.width, box.height);
  chart.geometry = g;
  drawAxes(context, g, chart.commits);
  drawReleases(context, g, chart.commits);
  if (chart.floor) drawLine(context, g, chart.floor, colors.floor, true, false);
  drawLine(context, g, chart.values, colors[chart.spec.color], false, true);
  if (chart.cursor !== null) drawCursor(context, g, chart);
}
`;
