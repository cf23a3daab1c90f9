// Polls the import progress endpoint every 2 s and shows rows, rows/s and ETA (no inline script: CSP).
(function () {
  var section = document.getElementById('import-progress');
  if (!section) { return; }
  var url = section.getAttribute('data-progress-url');
  var bar = document.getElementById('import-bar');
  var text = document.getElementById('import-text');
  function show(s) {
    if (s.percent !== undefined) { bar.value = s.percent; }
    if (s.error) { text.textContent = 'The import failed: ' + s.error; return false; }
    if (s.running && s.rows !== undefined) {
      text.textContent = s.rows.toLocaleString() + ' rows read, ' + s.rowsPerSecond.toLocaleString() +
        ' rows a second, about ' + s.etaSeconds + ' s left (' + s.rejected + ' rejected).';
    } else if (s.running) {
      text.textContent = 'Import starting…';
    } else if (s.summary) {
      bar.value = 100;
      text.textContent = 'Done. ' + s.summary + ' Reload the page for the rejected lines.';
    }
    return s.running;
  }
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (s) { if (show(s)) { setTimeout(poll, 2000); } })
      .catch(function () { setTimeout(poll, 5000); });
  }
  poll();
}());
