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

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    party.value = params.get("party") || "";
    kind.value = params.get("kind") || "";
    if (party.selectedIndex < 0) party.value = "";
    if (kind.selectedIndex < 0) kind.value = "";
  }

  function apply() {
    var p = party.value, k = kind.value, shown = 0;
    items.forEach(function (item) {
      var parties = " " + item.getAttribute("data-parties") + " ";
      var ok = (!p || parties.indexOf(" " + p + " ") >= 0) && (!k || item.getAttribute("data-kind") === k);
      item.hidden = !ok;
      if (ok) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".timeline-item:not([hidden])");
    });
    status.textContent = p || k ? shown + " of " + items.length + " events shown." : "";
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
