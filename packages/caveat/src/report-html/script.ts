/**
 * Progressive enhancement for the index: column headers become buttons that
 * sort the table (state in `aria-sort`, announced in a live region), and a
 * filter box narrows the rows by title or path. Without JavaScript the table
 * keeps its server-side order (riskiest first) and no dead control is shown.
 */
export const sortScript = `
(function () {
  var table = document.querySelector('table[data-sortable]');
  if (!table) return;
  var status = document.getElementById('sort-status');
  var headers = table.querySelectorAll('thead th[data-sort]');
  var wrap = table.parentNode;
  var field = document.createElement('p');
  field.className = 'filter';
  field.innerHTML = '<label for="article-filter">Filter articles by title or path</label> <input id="article-filter" type="search" autocomplete="off">';
  wrap.parentNode.insertBefore(field, wrap);
  var input = field.querySelector('input');
  input.addEventListener('input', function () {
    var query = input.value.trim().toLowerCase();
    var rows = table.tBodies[0].rows, shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var match = !query || rows[i].cells[0].textContent.toLowerCase().indexOf(query) !== -1;
      rows[i].hidden = !match;
      if (match) shown++;
    }
    if (status) status.textContent = shown + ' of ' + rows.length + ' articles shown.';
  });
  headers.forEach(function (th, column) {
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) button.appendChild(th.firstChild);
    th.appendChild(button);
    button.addEventListener('click', function () {
      var descending = th.getAttribute('aria-sort') !== 'descending';
      if (th.dataset.sort === 'text') descending = th.getAttribute('aria-sort') === 'ascending';
      headers.forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      rows.sort(function (a, b) {
        var x = a.cells[index].getAttribute('data-value'), y = b.cells[index].getAttribute('data-value');
        var order = th.dataset.sort === 'text' ? x.localeCompare(y) : (Number(x) - Number(y));
        return descending ? -order : order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
      if (status) status.textContent = 'Sorted by ' + button.textContent.trim() + ', ' + (descending ? 'descending' : 'ascending') + '.';
    });
  });
})();
`
