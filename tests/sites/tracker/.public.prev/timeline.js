// Timeline filters: progressive enhancement. Without JavaScript every event stays visible.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) return;
  var party = document.getElementById("filter-party");
  var kind = document.getElementById("filter-kind");
  var status = document.getElementById("filter-status");
  var items = Array.prototype.slice.call(document.querySelectorAll(".timeline-item"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".timeline-group"));
  // Umbrella events head their groups; they are events too, and are filtered as such.
  var roots = Array.prototype.slice.call(document.querySelectorAll(".timeline-group-title[data-kind]"));
  var pagerLinks = Array.prototype.slice.call(document.querySelectorAll(".pager a"));

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    party.value = params.get("party") || "";
    kind.value = params.get("kind") || "";
    if (party.selectedIndex < 0) party.value = "";
    if (kind.selectedIndex < 0) kind.value = "";
  }

  function matches(el, p, k) {
    var parties = " " + el.getAttribute("data-parties") + " ";
    return (!p || parties.indexOf(" " + p + " ") >= 0) && (!k || el.getAttribute("data-kind") === k);
  }

  function apply() {
    var p = party.value, k = kind.value, shown = 0;
    items.forEach(function (item) {
      var ok = matches(item, p, k);
      item.hidden = !ok;
      if (ok) shown++;
    });
    roots.forEach(function (root) {
      var ok = matches(root, p, k);
      // A heading kept only because events under it match is context, not a match.
      root.classList.toggle("timeline-context", !ok);
      if (ok) shown++;
    });
    groups.forEach(function (group) {
      var root = group.querySelector(".timeline-group-title[data-kind]");
      var matched = root && !root.classList.contains("timeline-context");
      group.hidden = !matched && !group.querySelector(".timeline-item:not([hidden])");
    });
    // Only what this page lists is counted: a heading continued from an earlier period
    // has no data-kind, and is context rather than one of the page's events.
    var total = items.length + roots.length;
    // The page gives the sentence in each plural form of its language, with holes for the
    // numbers, as JSON (see search.js).
    if (p || k) {
      var forms = JSON.parse(status.getAttribute(pagerLinks.length ? "data-shown-on-page" : "data-shown"));
      var form = forms[new Intl.PluralRules(document.documentElement.lang || "en").select(total)] || forms.other;
      status.textContent = form.replace("{shown}", shown).replace("{total}", total);
    } else {
      status.textContent = "";
    }
    // The filter goes along to the other periods.
    pagerLinks.forEach(function (a) {
      a.href = a.href.split("#")[0] + location.hash;
    });
  }

  function update() {
    var params = new URLSearchParams();
    if (party.value) params.set("party", party.value);
    if (kind.value) params.set("kind", kind.value);
    var hash = params.toString();
    history.replaceState(null, "", hash ? "#" + hash : location.pathname + location.search);
    apply();
  }

  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  party.addEventListener("change", update);
  kind.addEventListener("change", update);
  readHash();
  apply();
})();
