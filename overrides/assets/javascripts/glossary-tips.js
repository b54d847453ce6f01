/* Lokalatih: glossary abbreviations open their meaning on a tap, a click or the keyboard, not only on a mouse hover.

   The pages mark every glossary abbreviation as <abbr title="…"> (Markdown `abbr`, definitions appended by lokalatih).
   A title shows only under a mouse pointer: a phone, a keyboard or a screen reader never sees it. This script makes
   each such <abbr> a toggle button (a "toggletip"): a tap, a click, Enter or Space opens a bubble with the meaning
   below the term; a second tap, Escape, a tap elsewhere or moving the focus away closes it. The meaning is also
   written into a polite live region, so a screen reader reads it out when the bubble opens, and the term says
   whether it is open (aria-expanded). Mouse users still get it on hover. No library, no request: it works from
   file:// in the offline bundle. Abbreviations inside a link or a button keep their plain title (a button inside a
   link would be a control inside a control). */
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
    var text = term.getAttribute("data-lk-meaning");
    bubble.textContent = text;
    bubble.hidden = false;
    term.setAttribute("aria-expanded", "true");
    place(term);
    speaker.textContent = text;
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
