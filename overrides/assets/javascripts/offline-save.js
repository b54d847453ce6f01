/* Lokalatih: reading offline after one visit (the worker is sw.js at the site's root, written by
   scripts/lokalatih/site/offline_reading.py, which explains the whole design). Loaded by partials/offline-start.html
   at the reader's first touch, key or scroll (at once when a worker already runs or the page came from the copy).

   - It registers the service worker: from then on every page read is kept on the phone.
   - A page read from the phone's copy (the worker marks it <html data-lk-saved="…">) says when it was kept.
   - The save button of a programme's pages (partials/offline-save.html) asks the worker to keep the programme's
     pages, and its handouts unless the box is unticked, and announces progress and the result (role=status).
   - A download link of a file kept on the phone (a saved handout) downloads the kept copy, online or offline.
   - In the live preview (`lokalatih serve`, data-live-preview) a worker left on the same address by a built site is
     removed, so that the preview's pages never come from a cache. */
(function () {
  "use strict";
  var start = document.getElementById("lk-offline-start");
  if (!start || !("serviceWorker" in navigator) || !window.isSecureContext || location.protocol === "file:") return;
  var sw = navigator.serviceWorker;
  // This script is <root>/assets/javascripts/offline-save.js.
  var root = new URL("../../", new URL(start.getAttribute("data-src") || start.src, location.href)).href;

  if (start.hasAttribute("data-live-preview")) {
    sw.getRegistrations().then(function (registrations) {
      registrations.forEach(function (registration) {
        registration.unregister();
      });
    });
    return;
  }

  var locale = start.getAttribute("data-locale");
  function savedOn(sentence, iso) {
    var day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric" });
    return sentence.replace("{date}", day.format(new Date(iso)));
  }

  var kept = document.documentElement.getAttribute("data-lk-saved");
  if (kept) {
    var note = document.createElement("p");
    note.className = "lk-saved-note";
    note.textContent = savedOn(start.getAttribute("data-saved-on"), kept);
    var article = document.querySelector(".md-content__inner") || document.body;
    article.insertBefore(note, article.firstChild);
  }

  var ready = sw.register(root + "sw.js").then(function () {
    return sw.ready;
  });
  ready.catch(function () {}); // no worker: pages load from the network as always

  // A download link (a handout) of a file kept on the phone downloads the kept copy: a browser does not ask the
  // worker for a download, so offline it would fail.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[download]") : null;
    if (!link || link.hasAttribute("data-lk-copy") || !sw.controller || link.origin !== location.origin) return;
    event.preventDefault();
    caches
      .match(link.href.split("#")[0], { ignoreSearch: true })
      .then(function (kept) {
        return kept ? kept.blob() : null;
      })
      .then(function (blob) {
        var copy = document.createElement("a");
        copy.href = blob ? URL.createObjectURL(blob) : link.href;
        copy.download = link.pathname.split("/").pop();
        copy.setAttribute("data-lk-copy", "");
        document.body.appendChild(copy);
        copy.click();
        copy.remove();
        if (blob) setTimeout(URL.revokeObjectURL, 60000, copy.href);
      });
  });

  var box = document.querySelector(".lk-offline");
  if (!box) return;
  var button = box.querySelector(".lk-offline__save");
  var size = box.querySelector(".lk-offline__size");
  var handouts = box.querySelector(".lk-offline__handouts input");
  var status = box.querySelector(".lk-offline__status");
  var pack = box.getAttribute("data-lk-pack");

  function state(name, text) {
    box.setAttribute("data-lk-state", name);
    button.setAttribute("aria-disabled", name === "saving" ? "true" : "false");
    status.textContent = text;
  }
  function showSize() {
    size.textContent = "(" + box.getAttribute(handouts.checked ? "data-lk-size-all" : "data-lk-size-pages") + ")";
  }
  handouts.addEventListener("change", showSize);
  showSize(); // the box may have been unticked before this script came
  sw.addEventListener("message", function (event) {
    var data = event.data || {};
    if (data.type === "status" && data.packs && data.packs[pack]) {
      state("saved", savedOn(box.getAttribute("data-lk-saved"), data.packs[pack].saved));
    } else if (data.pack !== pack) {
      return;
    } else if (data.type === "progress") {
      var sentence = box.getAttribute("data-lk-saving");
      state("saving", sentence.replace("{done}", data.done).replace("{total}", data.total));
    } else if (data.type === "saved") {
      state("saved", savedOn(box.getAttribute("data-lk-saved"), data.saved));
    } else if (data.type === "failed") {
      state("failed", box.getAttribute("data-lk-failed"));
    }
  });
  sw.startMessages();
  function save() {
    if (box.getAttribute("data-lk-state") === "saving") return;
    state("saving", box.getAttribute("data-lk-saving").replace("{done}", "0").replace("{total}", "…"));
    ready.then(
      function (registration) {
        registration.active.postMessage({ type: "save", pack: pack, handouts: handouts.checked });
      },
      function () {
        state("failed", box.getAttribute("data-lk-failed"));
      }
    );
  }
  button.addEventListener("click", save);
  if (window.lkSaveAsked) save(); // tapped before this script came
  window.lkSaveAsked = false;
  if (sw.controller) sw.controller.postMessage({ type: "status" });
})();
