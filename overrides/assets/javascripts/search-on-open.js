/* Lokalatih: Material's search worker and index load when search opens (overrides/main.html says why). */
(function () {
  var toggle = document.querySelector("[data-md-toggle=search]");
  if (!toggle || typeof EventTarget !== "function") return;
  var config = JSON.parse(document.getElementById("__config").textContent),
    base = new URL(config.base, location.href),
    indexJSON = String(new URL("search/search_index.json", base)),
    indexScript = String(new URL("search/search_index.js", base));
  function gate() {
    var held = [];
    return {
      when: function (go) { held ? held.push(go) : go() },
      open: function () { var go = held; held = null; if (go) go.forEach(function (f) { f() }) }
    };
  }
  var search = gate(), index = gate();
  search.when(index.open);
  // a page opened from a search result (?h=) highlights the words with the index's settings
  if (new URLSearchParams(location.search).has("h")) index.open();
  toggle.addEventListener("change", function () { if (toggle.checked) search.open() });
  ["pointerdown", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.closest && event.target.closest(".md-search, label[for=__search]")) search.open();
    }, true);
  });

  // the search worker: a stand-in that keeps Material's messages until search opens
  var RealWorker = window.Worker;
  window.Worker = function (url, options) {
    if (url !== config.search) return new RealWorker(url, options);
    var lazy = new EventTarget(), waiting = [], worker = null, stopped = false;
    lazy.postMessage = function (message) { worker ? worker.postMessage(message) : waiting.push(message) };
    lazy.terminate = function () { stopped = true; if (worker) worker.terminate() };
    search.when(function () {
      if (stopped) return;
      worker = new RealWorker(url, options);
      worker.addEventListener("message", function (event) {
        lazy.dispatchEvent(new MessageEvent("message", { data: event.data }));
      });
      waiting.forEach(function (message) { worker.postMessage(message) });
    });
    return lazy;
  };

  // the index: over http an XMLHttpRequest, sent when search opens
  var xhrOpen = XMLHttpRequest.prototype.open, xhrSend = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.lokalatihIndex = String(new URL(url, location.href)) === indexJSON;
    return xhrOpen.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    var request = this, args = arguments;
    if (!request.lokalatihIndex) return xhrSend.apply(request, args);
    index.when(function () { xhrSend.apply(request, args) });
  };
  // from file:// a <script> (search_index.js), added to the page when search opens
  var appendChild = Node.prototype.appendChild;
  Node.prototype.appendChild = function (child) {
    if (!(child instanceof HTMLScriptElement && child.src === indexScript)) return appendChild.apply(this, arguments);
    var parent = this;
    index.when(function () { appendChild.call(parent, child) });
    return child;
  };
})();
