// The index pages' sorting and filtering: the page lists every document without script, grouped by
// volume; this adds a form that sorts each volume's documents by date and filters them by kind and
// by a range of dates (on this page; the search page searches all of them).
(function () {
  'use strict';
  var tables = Array.prototype.slice.call(document.querySelectorAll('section.volume table.index'));
  if (!tables.length) return;
  var rows = [];
  tables.forEach(function (table) { rows = rows.concat(Array.prototype.slice.call(table.tBodies[0].rows)); });
  var kinds = [];
  rows.forEach(function (row) {
    var kind = row.dataset.kind;
    if (kind && kinds.indexOf(kind) < 0) kinds.push(kind);
  });
  kinds.sort();

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function field(form, label, control) {
    var wrapper = element('label', { class: 'index-control' }, label + ' ');
    wrapper.appendChild(control);
    form.appendChild(wrapper);
    return control;
  }

  var form = element('form', { class: 'index-controls', 'aria-label': 'Sort and filter the documents of this page' });
  var sort = field(form, 'Sort', element('select', { name: 'sort' }));
  [['order', 'in document order'], ['date', 'by date, earliest first'], ['date-desc', 'by date, latest first']].forEach(function (o) {
    sort.appendChild(element('option', { value: o[0] }, o[1]));
  });
  var kind = field(form, 'Kind', element('select', { name: 'kind' }));
  kind.appendChild(element('option', { value: '' }, 'all kinds'));
  kinds.forEach(function (k) { kind.appendChild(element('option', { value: k }, k.replace(/-/g, ' '))); });
  var from = field(form, 'From', element('input', { name: 'from', type: 'text', inputmode: 'numeric', placeholder: 'e.g. 1978-06', size: '11' }));
  var to = field(form, 'To', element('input', { name: 'to', type: 'text', inputmode: 'numeric', placeholder: 'e.g. 1978-06', size: '11' }));
  var shown = element('p', { class: 'index-shown', role: 'status' });
  form.appendChild(shown);
  var first = document.querySelector('section.volume');
  first.parentNode.insertBefore(form, first);

  // A date typed as a year or a year and month covers all of it: "1956" is 1956-01-01 to 1956-12-31.
  function bound(text, end) {
    text = text.trim();
    if (!text) return undefined;
    return end ? text + '\uffff' : text;
  }

  function apply() {
    var low = bound(from.value, false);
    var high = bound(to.value, true);
    var count = 0;
    tables.forEach(function (table) {
      var body = table.tBodies[0];
      var list = Array.prototype.slice.call(body.rows);
      list.sort(function (a, b) {
        if (sort.value === 'order') return a.dataset.order - b.dataset.order;
        var x = a.dataset.when || '';
        var y = b.dataset.when || '';
        // Undated documents last, whichever way.
        if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1) || a.dataset.order - b.dataset.order;
        var c = x < y ? -1 : x > y ? 1 : 0;
        return (sort.value === 'date-desc' ? -c : c) || a.dataset.order - b.dataset.order;
      });
      var visible = 0;
      list.forEach(function (row) {
        var when = row.dataset.when || '';
        var show = (!kind.value || row.dataset.kind === kind.value) &&
          (low === undefined || (when && when >= low)) && (high === undefined || (when && when <= high));
        row.hidden = !show;
        if (show) visible++;
        body.appendChild(row);
      });
      table.closest('section').hidden = visible === 0;
      count += visible;
    });
    shown.textContent = count === rows.length ? '' : count + ' of the ' + rows.length + ' documents of this page shown.';
  }
  [sort, kind].forEach(function (control) { control.addEventListener('change', apply); });
  [from, to].forEach(function (control) { control.addEventListener('input', apply); });
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
})();
