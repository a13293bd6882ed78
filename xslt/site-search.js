// The archive's search page: loads the index made at build time (its shards search-index.js,
// search-index-2.js, …, each adding itself to window.teiTelegramSearch.shards) into MiniSearch
// (minisearch.js), one index a shard, asked in turn; answers the query in ?q= and each
// query typed, and lists the documents found, each with links to the places (paragraphs, notes,
// persons) where the words stand. The time each query took is shown and kept in
// document.body.dataset.searchMs (the browser test and the bench read it).
(function () {
  'use strict';
  var data = window.teiTelegramSearch;
  var form = document.querySelector('form.search-form');
  var input = document.getElementById('search-query');
  var status = document.getElementById('search-status');
  var results = document.getElementById('search-results');
  if (!data || !data.shards || !window.MiniSearch || !form || !input || !results) {
    if (status) status.textContent = 'The search index could not be loaded.';
    return;
  }
  var loadStarted = performance.now();
  var shards = data.shards;
  var searches = shards.map(function (shard) { return window.MiniSearch.loadJS(shard.index, data.options); });
  document.body.dataset.loadMs = String(performance.now() - loadStarted);
  var MAX_DOCUMENTS = 50;

  function element(name, attributes, text) {
    var node = document.createElement(name);
    for (var key in attributes) node.setAttribute(key, attributes[key]);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // #p4 is ¶ 4, #p4.a ¶ 4.a, #b7 an unnumbered paragraph; notes and persons carry their label.
  function placeLabel(hit) {
    if (hit.k === 'h') return 'heading';
    if (hit.k === 'p') return /^p\d/.test(hit.a) ? '¶ ' + hit.a.slice(1) : 'paragraph';
    if (hit.k === 'r') return 'persons: ' + (hit.l || hit.a);
    return hit.l || 'note';
  }

  function run(query) {
    results.textContent = '';
    query = query.trim();
    if (!query) {
      status.textContent = '';
      return;
    }
    var started = performance.now();
    // Every shard's places, best first (a shard's hit carries its shard, `n`).
    var hits = [];
    searches.forEach(function (search, n) {
      search.search(query).forEach(function (hit) { hit.n = n; hits.push(hit); });
    });
    hits.sort(function (a, b) { return b.score - a.score; });
    // One entry a document, in the order of its best place; its places in page order.
    var found = [];
    var byDocument = new Map();
    for (var i = 0; i < hits.length; i++) {
      var hit = hits[i];
      var key = hit.n + ':' + hit.d;
      var entry = byDocument.get(key);
      if (!entry) {
        entry = { doc: shards[hit.n].documents[hit.d], hits: [] };
        byDocument.set(key, entry);
        found.push(entry);
      }
      entry.hits.push(hit);
    }
    var ms = performance.now() - started;
    document.body.dataset.searchMs = String(ms);
    status.textContent = found.length === 0
      ? 'No document has ' + query + '.'
      : found.length + (found.length === 1 ? ' document' : ' documents') + ' (' + hits.length + ' places) in ' + ms.toFixed(1) + ' ms' +
        (found.length > MAX_DOCUMENTS ? '; the first ' + MAX_DOCUMENTS + ' are listed.' : '.');
    var list = element('ol', { class: 'search-hits' });
    found.slice(0, MAX_DOCUMENTS).forEach(function (entry) {
      var doc = entry.doc;
      var item = element('li', { class: 'search-hit' });
      var heading = element('p', { class: 'search-hit-document' });
      heading.appendChild(element('a', { href: doc.href }, (doc.number ? doc.number + '. ' : '') + doc.heading));
      item.appendChild(heading);
      var about = [doc.volume, doc.date].filter(Boolean).join(', ');
      if (about) item.appendChild(element('p', { class: 'search-hit-about' }, about));
      var places = element('ul', { class: 'search-hit-places' });
      entry.hits.forEach(function (hit) {
        var place = element('li');
        place.appendChild(element('a', { href: doc.href + '#' + hit.a }, placeLabel(hit)));
        place.appendChild(document.createTextNode(': '));
        if (hit.s) place.appendChild(element('q', { class: 'search-hit-opening' }, hit.s));
        place.appendChild(element('span', { class: 'search-hit-terms' }, ' (' + hit.terms.join(', ') + ')'));
        places.appendChild(place);
      });
      item.appendChild(places);
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  var pending;
  input.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(function () { run(input.value); }, 150);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(pending);
    history.replaceState(null, '', '?q=' + encodeURIComponent(input.value));
    run(input.value);
  });
  var query = new URLSearchParams(location.search).get('q');
  if (query) {
    input.value = query;
    run(query);
  }
})();
