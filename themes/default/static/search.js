// Offline search: matches the query against the index that search/index.js loaded (titles,
// other names, summaries, places, tags) and lists the briefs found. Nothing is fetched, so it
// works from a static host, under a subpath and from a folder opened with file://.
(function () {
  "use strict";
  var data = window.BRIEFING_SEARCH;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!data || !form || !input || !status || !list) return;

  // Index links are relative to the site's root, which is where this script lives.
  var script = document.currentScript;
  var root = new URL(".", script ? script.src : location.href);
  var LIMIT = 100;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var briefs = data.briefs.map(function (row, order) {
    return {
      link: row[0], kind: row[1], label: row[2], title: row[3], date: row[4], summary: row[5],
      order: order, titleKey: fold(row[3]), termsKey: fold(row[6]), summaryKey: fold(row[5])
    };
  });

  function score(brief, words) {
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i];
      var at = brief.titleKey.indexOf(w);
      if (at === 0) total += 8;
      else if (at > 0) total += brief.titleKey.charAt(at - 1) === " " ? 6 : 4;
      else if (brief.termsKey.indexOf(w) >= 0) total += 3;
      else if (brief.summaryKey.indexOf(w) >= 0) total += 1;
      else return 0;
    }
    return total;
  }

  function item(brief) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = new URL(brief.link, root).href;
    a.textContent = brief.title;
    var h = document.createElement("h2");
    h.className = "search-title";
    h.appendChild(a);
    li.appendChild(h);
    var meta = document.createElement("p");
    meta.className = "search-meta";
    var kind = brief.kind.charAt(0).toUpperCase() + brief.kind.slice(1);
    meta.textContent = kind + " · " + brief.label + (brief.date ? " · " + brief.date : "");
    li.appendChild(meta);
    if (brief.summary) {
      var p = document.createElement("p");
      p.className = "search-summary";
      p.textContent = brief.summary;
      li.appendChild(p);
    }
    return li;
  }

  function run() {
    var query = input.value.trim();
    var words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    list.textContent = "";
    if (!words.length) {
      status.textContent = "Type a name, a place or a topic.";
      return;
    }
    var found = [];
    for (var i = 0; i < briefs.length; i++) {
      var s = score(briefs[i], words);
      if (s) found.push([s, briefs[i]]);
    }
    found.sort(function (a, b) { return b[0] - a[0] || a[1].order - b[1].order; });
    var shown = found.slice(0, LIMIT);
    shown.forEach(function (f) { list.appendChild(item(f[1])); });
    status.textContent = found.length === 0 ? "Nothing found for “" + query + "”."
      : (found.length === 1 ? "1 brief found" : found.length + " briefs found")
        + (found.length > LIMIT ? "; the first " + LIMIT + " are shown." : ".");
  }

  function remember() {
    var url = new URL(location.href);
    if (input.value.trim()) url.searchParams.set("q", input.value.trim());
    else url.searchParams.delete("q");
    try { history.replaceState(null, "", url.href); } catch (e) { /* file:// may refuse */ }
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { run(); remember(); }, 120);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
    remember();
    var first = list.querySelector("a");
    if (first) first.focus();
  });
  input.value = new URLSearchParams(location.search).get("q") || "";
  run();
  if (!input.value) input.focus();
})();
