// Link previews: progressive enhancement. Pointing at or focusing a link to a party or an
// event shows that brief's title and summary, read from the linked page itself (its <h1>,
// eyebrow and meta description), so pages carry no extra data. Links work the same without
// it; opened from file://, where pages cannot be fetched, it does nothing.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser || location.protocol === "file:") return;
  var script = document.currentScript;
  var base = (script && script.getAttribute("data-base")) || "/";
  var cache = {};
  var current = null;
  var showTimer = 0;
  var hideTimer = 0;
  var tip = document.createElement("div");
  tip.id = "link-preview";
  tip.className = "link-preview";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);

  // The page a link previews: a party or event page of this site, other than this one.
  function target(a) {
    if (!a || !a.getAttribute("href") || a.closest(".link-preview, .masthead")) return null;
    var url;
    try { url = new URL(a.href, location.href); } catch (e) { return null; }
    if (url.origin !== location.origin || url.pathname === location.pathname) return null;
    if (url.pathname.indexOf(base) !== 0) return null;
    var rest = url.pathname.slice(base.length);
    return /^(parties|events)\/[a-z0-9-]+\/$/.test(rest) ? url.origin + url.pathname : null;
  }

  function load(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) throw new Error("HTTP " + response.status);
          return response.text();
        })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          var text = function (selector, attr) {
            var el = doc.querySelector(selector);
            return el ? (attr ? el.getAttribute(attr) : el.textContent).replace(/\s+/g, " ").trim() : "";
          };
          var kind = text(".eyebrow");
          return { kind: kind.split("›").pop().trim(), title: text("h1"), summary: text('meta[name="description"]', "content") };
        });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  function line(className, value) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = value;
    tip.appendChild(p);
  }

  function place(a) {
    var rect = a.getBoundingClientRect();
    var room = document.documentElement.clientWidth;
    var width = Math.min(320, room - 16);
    tip.style.width = width + "px";
    tip.style.left = Math.max(8, Math.min(rect.left, room - width - 8)) + window.scrollX + "px";
    tip.style.top = rect.bottom + window.scrollY + 6 + "px";
    var height = tip.offsetHeight;
    if (rect.bottom + height + 12 > window.innerHeight && rect.top > height + 12) {
      tip.style.top = rect.top + window.scrollY - height - 6 + "px";
    }
  }

  function show(a, url) {
    current = a;
    load(url).then(function (info) {
      if (current !== a || !info.title) return;
      tip.textContent = "";
      if (info.kind) line("link-preview-kind", info.kind);
      line("link-preview-title", info.title);
      if (info.summary) line("link-preview-summary", info.summary);
      tip.hidden = false;
      place(a);
      a.setAttribute("aria-describedby", "link-preview");
    }, function () {});
  }

  function hide() {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    tip.hidden = true;
  }

  function linkOf(event) {
    return event.target && event.target.closest ? event.target.closest("a") : null;
  }

  function enter(event) {
    var a = linkOf(event);
    var url = target(a);
    if (!url) return;
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    if (a === current) return;
    showTimer = setTimeout(function () { show(a, url); }, event.type === "focusin" ? 0 : 300);
  }

  document.addEventListener("mouseover", enter);
  document.addEventListener("focusin", enter);
  document.addEventListener("mouseout", function (event) {
    var a = linkOf(event);
    if (!a || a.contains(event.relatedTarget)) return;
    clearTimeout(showTimer);
    // A moment's grace, so the pointer can move onto the preview without losing it.
    hideTimer = setTimeout(hide, 250);
  });
  document.addEventListener("focusout", hide);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
  tip.addEventListener("mouseover", function () { clearTimeout(hideTimer); });
  tip.addEventListener("mouseout", function (event) {
    if (!tip.contains(event.relatedTarget)) hideTimer = setTimeout(hide, 250);
  });
})();
