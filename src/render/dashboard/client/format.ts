// The dashboard script's formatting: units (throughput auto-scaled B/s…GiB/s, binary; time ns…s),
// changes in percent, dates and commit links. Browser code kept as text (ncc bundles it with the
// page); `FORMAT_API` names what a test may call after evaluating it.

export const FORMAT_API = [
  'scaleOf',
  'formatIn',
  'formatValue',
  'changeOf',
  'formatChange',
  'formatDate',
  'shortSha',
  'commitUrl',
  'unpackValues'
] as const;

export const CLIENT_FORMAT = String.raw`
var THROUGHPUT_UNITS = [['GiB/s', 1073741824], ['MiB/s', 1048576], ['KiB/s', 1024], ['B/s', 1]];
var TIME_UNITS = [['s', 1e9], ['ms', 1e6], ['\u00b5s', 1e3], ['ns', 1]];

/** The unit ([label, size]) that shows magnitude with 1 to 1023 (or 999) before the point. */
function scaleOf(quantity, magnitude) {
  var table = quantity === 'time' ? TIME_UNITS : THROUGHPUT_UNITS;
  for (var i = 0; i < table.length; i++) {
    if (Math.abs(magnitude) >= table[i][1]) return table[i];
  }
  return table[table.length - 1];
}

/** Three significant digits, never in exponent form. */
function formatIn(value, unit) {
  var scaled = value / unit[1];
  var size = Math.abs(scaled);
  var text = size >= 100 ? scaled.toFixed(0) : size >= 10 ? scaled.toFixed(1) : scaled.toFixed(2);
  return text + ' ' + unit[0];
}

/** A chart's value with its unit: the chart's fixed unit, else one that fits the value. */
function formatValue(spec, value) {
  if (value === null || value === undefined) return 'no value';
  return formatIn(value, spec.unit || scaleOf(spec.quantity, value));
}

/** The change from previous to value in percent; null without a previous value. */
function changeOf(previous, value) {
  if (previous === null || previous === undefined || value === null || previous === 0) return null;
  return ((value - previous) / previous) * 100;
}

function formatChange(percent) {
  if (percent === null) return 'first point';
  var sign = percent > 0 ? '+' : percent < 0 ? '\u2212' : '\u00b1';
  return sign + Math.abs(percent).toFixed(1) + '% vs previous';
}

/** 2024-01-31 12:00 UTC, from an ISO 8601 UTC time. */
function formatDate(iso) {
  var text = String(iso);
  return text.length >= 16 ? text.slice(0, 10) + ' ' + text.slice(11, 16) + ' UTC' : text;
}

function shortSha(sha) {
  return String(sha).slice(0, 7);
}

/** The commit's page, only under an http(s) repository URL; null otherwise. */
function commitUrl(repository, sha) {
  if (typeof repository !== 'string' || !/^https?:\/\//i.test(repository)) return null;
  return repository.replace(/\/+$/, '') + '/commit/' + encodeURIComponent(String(sha));
}

/**
 * A series' values from data.js's packed form (little-endian float32 in base64, NaN for none; see
 * packValues in src/core/history/dashboard-data.ts): a string is read far faster than as many
 * number literals. Anything that is not such a string gives no values.
 */
function unpackValues(packed) {
  if (typeof packed !== 'string') return [];
  var bytes;
  try { bytes = atob(packed); } catch (error) { return []; }
  var view = new DataView(new ArrayBuffer(bytes.length - (bytes.length % 4)));
  for (var b = 0; b < view.byteLength; b++) view.setUint8(b, bytes.charCodeAt(b));
  var values = new Array(view.byteLength / 4);
  for (var i = 0; i < values.length; i++) {
    var v = view.getFloat32(i * 4, true);
    values[i] = isFinite(v) && v >= 0 ? v : null;
  }
  return values;
}
`;
