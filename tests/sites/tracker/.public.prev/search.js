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
      order: order, titleKey: fold(row[3]), termsKey: fold(row[6]), summaryKey: fold(row[5]),
      // The title and the other names, each whole, for exact matches.
      nameKeys: [fold(row[3])].concat((row[7] || "").split(" · ").filter(Boolean).map(fold))
    };
  });

  // Endings that make a demonym or a plural of a name: "armenian" finds Armenia,
  // "turkish" Turkey, "azerbaijani" Azerbaijan. Only tried when the word itself is not found.
  var ENDINGS = ["ians", "ian", "ans", "an", "ese", "ish", "is", "i", "es", "s", "n"];

  // Where `w` starts a word of `key`: 2 at the start, 1 after a space, 0 inside a word, -1 nowhere.
  function wordAt(key, w) {
    var at = key.indexOf(w);
    if (at < 0) return -1;
    if (at === 0) return 2;
    for (; at > 0; at = key.indexOf(w, at + 1)) {
      if (!/[\p{L}\p{N}]/u.test(key.charAt(at - 1))) return 1;
    }
    return 0;
  }

  function wordScore(brief, w) {
    var at = wordAt(brief.titleKey, w);
    if (at >= 0) return [4, 6, 8][at];
    if (brief.termsKey.indexOf(w) >= 0) return 3;
    if (brief.summaryKey.indexOf(w) >= 0) return 1;
    return 0;
  }

  // Whether `w` is one of the brief's names with an ending: the name, less at most its last
  // three letters, plus one of ENDINGS ("armenia" → "armen" + "ian").
  function nearName(brief, w) {
    return ENDINGS.some(function (e) {
      if (w.length - e.length < 4 || w.slice(-e.length) !== e) return false;
      var stem = w.slice(0, -e.length);
      return brief.nameKeys.some(function (n) { return n.indexOf(stem) === 0 && n.length - stem.length <= 3 && n.indexOf(" ") < 0; });
    });
  }

  function score(brief, words, query) {
    // A query that is the whole title or one of the brief's other names comes first, then
    // one that is such a name with a demonym's or a plural's ending ("armenian", "turkish").
    if (brief.nameKeys.indexOf(query) >= 0) return 1000;
    if (words.length === 1 && nearName(brief, words[0])) return 500;
    var total = 0;
    for (var i = 0; i < words.length; i++) {
      var w = words[i], s = wordScore(brief, w);
      for (var j = 0; !s && j < ENDINGS.length; j++) {
        var e = ENDINGS[j];
        var stem = w.length - e.length >= 4 && w.slice(-e.length) === e ? w.slice(0, -e.length) : "";
        // A stem counts only where it starts a word of a name: "armen" in "Armenia".
        if (stem && (wordAt(brief.titleKey, stem) > 0 || brief.nameKeys.some(function (n) { return wordAt(n, stem) > 0; }))) s = 2;
      }
      if (!s) return 0;
      total += s;
    }
    // Among names, the more of the title the query covers, the better.
    return total + (brief.titleKey.indexOf(words.join(" ")) >= 0 ? words.join(" ").length / brief.titleKey.length : 0);
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
    var kind = status.getAttribute("data-kind-" + brief.kind) || brief.kind;
    // "Page", not "Page · Page": the label is left out where it only repeats the kind.
    var parts = [kind];
    if (brief.label && brief.label.toLowerCase() !== kind.toLowerCase()) parts.push(brief.label);
    if (brief.date) parts.push(brief.date);
    meta.textContent = parts.join(" · ");
    li.appendChild(meta);
    if (brief.summary) {
      var p = document.createElement("p");
      p.className = "search-summary";
      p.textContent = brief.summary;
      li.appendChild(p);
    }
    return li;
  }

  // The page gives each string with holes ("{count} briefs found."), in every plural form of
  // its language, as JSON: the form is chosen by the same CLDR rules the build uses.
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (hole, name) {
      return name in values ? String(values[name]) : hole;
    });
  }

  function plural(attribute, on, n, values) {
    var forms = JSON.parse(status.getAttribute(attribute));
    var form = forms[new Intl.PluralRules(document.documentElement.lang || "en").select(n)] || forms.other;
    values[on] = n;
    return fill(form, values);
  }

  function run() {
    var query = input.value.trim();
    var folded = fold(query).replace(/\s+/g, " ");
    var words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    list.textContent = "";
    if (!words.length) {
      status.textContent = status.getAttribute("data-prompt");
      return;
    }
    var found = [];
    for (var i = 0; i < briefs.length; i++) {
      var s = score(briefs[i], words, folded);
      if (s) found.push([s, briefs[i]]);
    }
    found.sort(function (a, b) { return b[0] - a[0] || a[1].order - b[1].order; });
    var shown = found.slice(0, LIMIT);
    shown.forEach(function (f) { list.appendChild(item(f[1])); });
    status.textContent = found.length === 0 ? fill(status.getAttribute("data-none"), { query: query })
      : plural(found.length > LIMIT ? "data-found-more" : "data-found", "count", found.length, { limit: LIMIT });
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
