/* Lokalatih: glossary abbreviations open their meaning and definition on a tap, a click or the keyboard, not only on
   a mouse hover.

   The pages mark every glossary abbreviation as <abbr title="…"> (Markdown `abbr`, definitions appended by lokalatih).
   A title shows only under a mouse pointer: a phone, a keyboard or a screen reader never sees it. This script makes
   each such <abbr> a toggle button (a "toggletip"): a tap, a click, Enter or Space opens a bubble below the term with
   what the abbreviation stands for and the glossary's definition; a second tap, Escape, a tap elsewhere or moving the
   focus away closes it. The bubble's text is also written into a polite live region, so a screen reader reads it out
   when the bubble opens, and the term says whether it is open (aria-expanded). Mouse users still get it on hover.
   The definitions are not in the page (they would weigh on every first view): glossary/terms.js of the page's
   language holds them, loaded as a script the first time a reader reaches for a term (a finger down, the focus, a
   hover), so it also works from file:// in the offline bundle; until it arrives the bubble shows the expansion.
   No library. Abbreviations inside a link or a button keep their plain title (a button inside a link would be a
   control inside a control). */
(function () {
  "use strict";
  var terms = document.querySelectorAll(".md-content abbr[title]");
  if (!terms.length) return;

  var bubble = document.createElement("div");
  bubble.className = "lk-term-tip";
  bubble.id = "lk-term-tip";
  bubble.hidden = true;
  bubble.setAttribute("aria-hidden", "true"); // the live region below speaks; the bubble is what the eye sees
  var speaker = document.createElement("div");
  speaker.className = "lk-term-tip__speaker";
  speaker.setAttribute("role", "status");
  speaker.setAttribute("aria-live", "polite");
  document.body.appendChild(bubble);
  document.body.appendChild(speaker);

  var definitions = null; // abbreviation -> definition, once glossary/terms.js has run
  var loading = false;

  function loadDefinitions() {
    if (loading) return;
    loading = true;
    var config = document.getElementById("__config");
    var base = config ? JSON.parse(config.textContent).base : ".";
    var script = document.createElement("script");
    script.src = base.replace(/\/$/, "") + "/glossary/terms.js";
    script.onload = function () {
      definitions = window.lkGlossary || {};
      if (open) fill(open);
    };
    script.onerror = function () {
      loading = false; // offline and not saved: the next reach for a term tries again
      script.remove();
    };
    document.head.appendChild(script);
  }

  function fill(term) {
    var meaning = term.getAttribute("data-lk-meaning");
    var definition = definitions && definitions[term.textContent.trim()];
    bubble.textContent = "";
    var heading = document.createElement("strong");
    heading.textContent = meaning;
    bubble.appendChild(heading);
    if (definition) {
      var text = document.createElement("span");
      text.className = "lk-term-tip__definition";
      text.textContent = definition;
      bubble.appendChild(text);
    }
    speaker.textContent = definition ? meaning + ". " + definition : meaning;
    place(term);
  }

  var open = null; // the term whose bubble is open
  var pinned = false; // opened by a tap, click or key (stays), not by a hover (goes with the pointer)

  function place(term) {
    var box = term.getBoundingClientRect();
    var margin = 8;
    var width = document.documentElement.clientWidth;
    bubble.style.maxWidth = Math.min(320, width - 2 * margin) + "px";
    bubble.style.left = "0px";
    bubble.style.top = "0px";
    var tip = bubble.getBoundingClientRect();
    var left = box.left + box.width / 2 - tip.width / 2;
    left = Math.max(margin, Math.min(left, width - margin - tip.width));
    var top = box.bottom + 6;
    if (top + tip.height > window.innerHeight && box.top - 6 - tip.height > 0) top = box.top - 6 - tip.height;
    bubble.style.left = left + window.pageXOffset + "px";
    bubble.style.top = top + window.pageYOffset + "px";
  }

  function show(term, pin) {
    if (open && open !== term) hide();
    pinned = pinned || pin;
    if (open === term) return;
    open = term;
    bubble.hidden = false;
    term.setAttribute("aria-expanded", "true");
    fill(term);
    loadDefinitions();
  }

  function hide() {
    if (!open) return;
    open.setAttribute("aria-expanded", "false");
    open = null;
    pinned = false;
    bubble.hidden = true;
    bubble.textContent = "";
    speaker.textContent = "";
  }

  Array.prototype.forEach.call(terms, function (term) {
    if (term.closest("a, button, summary, label")) return;
    term.setAttribute("data-lk-meaning", term.title);
    term.removeAttribute("title");
    term.setAttribute("role", "button");
    term.setAttribute("tabindex", "0");
    term.setAttribute("aria-expanded", "false");
    term.setAttribute("aria-controls", "lk-term-tip");
    term.classList.add("lk-term");
    term.addEventListener("click", function (event) {
      event.preventDefault();
      if (open === term && pinned) hide();
      else show(term, true);
    });
    term.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault(); // Space would scroll the page
        if (open === term && pinned) hide();
        else show(term, true);
      }
    });
    term.addEventListener("pointerdown", loadDefinitions); // a tap's length earlier than its click
    term.addEventListener("focus", loadDefinitions);
    term.addEventListener("pointerenter", function (event) {
      if (event.pointerType === "mouse" && !pinned) show(term, false);
    });
    term.addEventListener("pointerleave", function (event) {
      if (event.pointerType === "mouse" && open === term && !pinned) hide();
    });
    term.addEventListener("focusout", function () {
      if (open === term) hide();
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && open) hide(); // the focus stays on the term
  });
  document.addEventListener("click", function (event) {
    if (open && !open.contains(event.target)) hide();
  });
  window.addEventListener("resize", function () {
    if (open) place(open);
  });
})();
