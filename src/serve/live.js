// briefing serve: reloads the page after a rebuild and shows content errors over it.
// Served only by the preview server; `briefing build` output never includes it.
(function () {
  "use strict";
  var PREFIX = "/__briefing/";
  var SCROLL_KEY = "briefing-scroll:" + location.pathname;
  // The version of the site this page was served from: a rebuild announced before the event
  // stream connects (a second save right after the first) still reloads the page.
  var tag = document.currentScript;
  var instance = (tag && tag.getAttribute("data-instance")) || null;
  var served = tag && tag.getAttribute("data-version");
  var version = served ? Number(served) : null;
  var overlay = null;
  var overlayFor = null;

  // Keep the reader's place across reloads.
  try {
    var saved = sessionStorage.getItem(SCROLL_KEY);
    if (saved !== null) {
      sessionStorage.removeItem(SCROLL_KEY);
      window.addEventListener("load", function () { window.scrollTo(0, Number(saved) || 0); });
    }
  } catch (e) { /* storage may be off */ }

  function reload() {
    try { sessionStorage.setItem(SCROLL_KEY, String(window.scrollY)); } catch (e) { /* ignore */ }
    location.reload();
  }

  function el(tag, text, style) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = text;
    if (style) node.setAttribute("style", style);
    return node;
  }

  function hideOverlay() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function showOverlay(errors, total) {
    hideOverlay();
    overlay = el("div", null,
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.92);" +
      "color:#f4f4f4;font:15px/1.5 system-ui,sans-serif;padding:2rem;");
    overlay.id = "briefing-errors";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-modal", "true");
    overlay.setAttribute("aria-labelledby", "briefing-errors-title");
    var box = el("div", null, "max-width:60rem;margin:0 auto;");
    var title = el("h2", (total === 1 ? "1 error" : total + " errors") +
      ": the preview shows the last good version", "margin:0 0 .25rem;font-size:1.4rem;color:#ff8f8f;");
    title.id = "briefing-errors-title";
    box.appendChild(title);
    box.appendChild(el("p", "Fix the content and save: this goes away by itself.", "margin:0 0 1.5rem;color:#ccc;"));
    errors.forEach(function (problem) {
      var item = el("section", null, "margin:0 0 1.5rem;border-left:4px solid #ff8f8f;padding-left:1rem;");
      var span = problem.span;
      var where = span ? span.file + ":" + span.line + ":" + span.column : "";
      item.appendChild(el("div", where, "font-family:ui-monospace,monospace;color:#9fd0ff;"));
      item.appendChild(el("div", problem.message, "font-weight:600;"));
      if (problem.help) item.appendChild(el("div", "help: " + problem.help, "color:#b8f0b8;"));
      item.appendChild(el("pre", problem.text,
        "margin:.5rem 0 0;padding:.75rem;background:#000;color:#eee;overflow:auto;font-size:13px;white-space:pre;"));
      box.appendChild(item);
    });
    var close = el("button", "Dismiss", "font:inherit;padding:.3rem 1rem;cursor:pointer;");
    close.type = "button";
    close.addEventListener("click", hideOverlay);
    box.appendChild(close);
    overlay.appendChild(box);
    document.body.appendChild(overlay);
    close.focus();
  }

  function swapStylesheet(url) {
    var path = url.split("?")[0];
    var links = document.querySelectorAll("link[rel=stylesheet]");
    for (var i = 0; i < links.length; i++) {
      var href = links[i].getAttribute("href") || "";
      if (href.split("?")[0] === path) links[i].setAttribute("href", url);
    }
  }

  function onStatus(status) {
    if (instance !== null && status.instance !== instance) { reload(); return; }
    var first = version === null;
    var fresh = !first && status.version > version;
    instance = status.instance;
    version = status.version;
    // The same errors come again when another tab takes the shared stream: shown once, so a
    // dismissed overlay stays dismissed.
    if (status.errors.length > 0) {
      if (overlayFor !== status.version) {
        overlayFor = status.version;
        showOverlay(status.errors, status.total || status.errors.length);
      }
      return;
    }
    overlayFor = null;
    if (!fresh) { hideOverlay(); return; }
    if (status.kind === "css") { hideOverlay(); swapStylesheet(status.stylesheet); return; }
    reload();
  }

  // A browser keeps at most six connections to one host, and an event stream holds one for
  // good: one stream per tab would leave the seventh tab unable to load. So the tabs of the
  // preview share one. The tab holding a Web Lock opens the stream and passes each status on
  // over a BroadcastChannel; when it closes or reloads, the lock (and the stream) goes to
  // another tab, whose stream's first status tells every tab where the site is now.
  var LOCK = "briefing-live";
  var leader = false;
  var latest = null;
  var me = Math.random().toString(36).slice(2);

  function handle(data) {
    try { onStatus(JSON.parse(data)); } catch (e) { /* a partial message; the next one will do */ }
  }

  function lead(channel) {
    leader = true;
    var source = new EventSource(PREFIX + "events");
    source.onmessage = function (event) {
      latest = event.data;
      // Passed on first: acting on it may reload this tab.
      channel.postMessage({ status: event.data });
      handle(event.data);
    };
    // EventSource reconnects by itself (the server asks for 500 ms); a new server instance
    // announces itself in its first message and every tab reloads.
    return new Promise(function () { /* held until this page goes */ });
  }

  function share() {
    var channel = new BroadcastChannel(LOCK);
    channel.onmessage = function (event) {
      var message = event.data || {};
      if (message.hello) {
        // A tab that just opened may have missed a status sent before it listened.
        if (leader && latest !== null) channel.postMessage({ status: latest, to: message.hello });
      } else if (typeof message.status === "string" && (!message.to || message.to === me)) {
        handle(message.status);
      }
    };
    navigator.locks.request(LOCK, function () { return lead(channel); });
    channel.postMessage({ hello: me });
  }

  // Without Web Locks (an older browser, or a page not served from localhost or https), each
  // tab has its own stream, closed while the tab is hidden: its first status on coming back
  // reloads it if the site changed meanwhile.
  function own() {
    var source = null;
    function open() {
      if (source) return;
      source = new EventSource(PREFIX + "events");
      source.onmessage = function (event) { handle(event.data); };
    }
    function close() {
      if (source) { source.close(); source = null; }
    }
    document.addEventListener("visibilitychange", function () { if (document.hidden) close(); else open(); });
    if (!document.hidden) open();
  }

  if (window.BroadcastChannel && navigator.locks && navigator.locks.request) share();
  else if (window.EventSource) own();
  window.__briefingLive = {
    status: function () { return { instance: instance, version: version, overlay: !!overlay, leader: leader }; },
  };
})();
