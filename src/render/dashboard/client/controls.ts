// The dashboard script's controls and start-up: the header's facts, the testbed/OS and range
// selects, the search box and group filter (the list is rebuilt shortly after typing stops), the
// theme button, a redraw on resize, and a clear message when data.js is absent or unreadable.

export const CLIENT_CONTROLS = String.raw`
function fillSlots() {
  var select = document.getElementById('slot');
  var options = DATA.slots.map(function (slot, i) {
    return new Option(String(slot.testbed) + ' \u00b7 ' + String(slot.os) + ' (' + String(slot.name) + ')', String(i));
  });
  select.replaceChildren.apply(select, options);
  select.disabled = options.length < 2;
}

function showMeta() {
  var meta = document.getElementById('meta');
  var parts = [document.createTextNode('generated ' + formatDate(DATA.generated_at))];
  var repository = DATA.repository_url;
  if (typeof repository === 'string' && /^https?:\/\//i.test(repository)) {
    var link = document.createElement('a');
    link.setAttribute('href', repository);
    link.textContent = repository.replace(/^https?:\/\//i, '');
    parts.push(document.createTextNode(' \u00b7 '), link);
  }
  parts.push(document.createTextNode(' \u00b7 ' + DATA.slots.length + (DATA.slots.length === 1 ? ' testbed' : ' testbeds')));
  meta.replaceChildren.apply(meta, parts);
}

function bindControls() {
  var timer = null;
  document.getElementById('slot').addEventListener('change', function (event) {
    state.slot = Number(event.target.value) || 0;
    renderAll();
  });
  document.getElementById('range').addEventListener('change', function (event) {
    state.range = Number(event.target.value) || 0;
    renderAll();
  });
  document.getElementById('search').addEventListener('input', function (event) {
    state.query = event.target.value;
    clearTimeout(timer);
    timer = setTimeout(renderList, 80);
  });
  document.getElementById('group').addEventListener('change', function (event) {
    var groups = event.target.groups || [];
    state.group = event.target.value === '' ? null : groups[Number(event.target.value)];
    if (state.group === undefined) state.group = null;
    renderList();
  });
  var resize = null;
  window.addEventListener('resize', function () {
    clearTimeout(resize);
    resize = setTimeout(redrawAll, 150);
  });
}

function showData() {
  if (DATA.slots.length === 0) {
    setStatus('data.js holds no records yet: the first promotion adds them.', false);
    markReady();
    return;
  }
  document.getElementById('status').hidden = true;
  document.getElementById('controls').hidden = false;
  document.getElementById('content').hidden = false;
  showMeta();
  fillSlots();
  bindControls();
  readColors();
  renderAll();
}

function start() {
  tooltipBox = document.getElementById('tooltip');
  document.getElementById('theme').addEventListener('click', toggleTheme);
  showTheme();
  bindPointer();
  var data = window.COPYBOOK_BENCH_DATA;
  if (!data || typeof data !== 'object' || !Array.isArray(data.slots)) {
    setStatus('No data: data.js, which belongs beside this page, is missing or unreadable. ' +
      'The history workflow writes it with the records (history: branch).', true);
    markReady();
    return;
  }
  DATA = data;
  try {
    showData();
  } catch (error) {
    setStatus('data.js could not be shown: ' + String(error && error.message ? error.message : error), true);
    markReady();
  }
}

(function applyStoredTheme() {
  var theme = storedTheme();
  if (theme) document.documentElement.setAttribute('data-theme', theme);
})();
document.addEventListener('DOMContentLoaded', start);
if (window.matchMedia) {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function () {
    showTheme();
    if (DATA) redrawAll();
  });
}
`;
