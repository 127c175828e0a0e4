/* Forums: the status of each forum worked out from the clock, and starred forums ("My agenda")
   kept in this browser's localStorage. No framework, no inline script (CSP-friendly).

   Pages may be served from a cache long after they were rendered, so the server's status label is
   only the no-JavaScript fallback: every element with data-forum-start / data-forum-end (ISO 8601
   with offset) gets its status recomputed here, with the same rule as ForumPage.status(). */
(function () {
  "use strict";
  if (window.wimcForums) return;  // included twice (a page and a home section): run once
  window.wimcForums = true;

  var STORE_KEY = "wimc-agenda";

  function statusAt(start, end, now) {
    if (now < start) return "upcoming";
    if (now < end) return "live";
    return "ended";
  }

  function ownedBy(forum) {
    // A forum's own elements, not those of forums nested inside it.
    return function (element) { return element.closest("[data-forum-start]") === forum; };
  }

  function updateStatuses() {
    var now = Date.now();
    document.querySelectorAll("[data-forum-start]").forEach(function (forum) {
      var start = Date.parse(forum.getAttribute("data-forum-start"));
      var end = Date.parse(forum.getAttribute("data-forum-end"));
      if (isNaN(start) || isNaN(end)) return;
      var status = statusAt(start, end, now);
      forum.setAttribute("data-forum-status", status);
      var own = ownedBy(forum);
      forum.querySelectorAll("[data-status-label]").forEach(function (label) {
        if (!own(label)) return;
        label.textContent = label.getAttribute("data-label-" + status);
        label.className = "status status--" + status;
      });
      forum.querySelectorAll("[data-show-when]").forEach(function (element) {
        if (own(element)) element.hidden = element.getAttribute("data-show-when") !== status;
      });
    });
  }

  function readStars() {
    try {
      var keys = JSON.parse(window.localStorage.getItem(STORE_KEY) || "[]");
      return Array.isArray(keys) ? keys.filter(function (key) { return typeof key === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }

  function writeStars(keys) {
    try {
      window.localStorage.setItem(STORE_KEY, JSON.stringify(keys));
    } catch (error) {
      /* Storage refused (private mode, quota): the star simply does not stick. */
    }
  }

  function showStar(button, starred) {
    button.setAttribute("aria-pressed", starred ? "true" : "false");
    var icon = button.querySelector(".star-button__icon");
    if (icon) icon.textContent = starred ? "\u2605" : "\u2606";
  }

  function setUpStars() {
    var stars = readStars();
    document.querySelectorAll("[data-star]").forEach(function (button) {
      var key = button.getAttribute("data-star");
      showStar(button, stars.indexOf(key) !== -1);
      button.hidden = false;
      button.addEventListener("click", function () {
        var current = readStars();
        var at = current.indexOf(key);
        if (at === -1) current.push(key); else current.splice(at, 1);
        writeStars(current);
        document.querySelectorAll("[data-star]").forEach(function (other) {
          if (other.getAttribute("data-star") === key) showStar(other, at === -1);
        });
        updateAgenda();
      });
    });
  }

  function updateAgenda() {
    var agenda = document.querySelector("[data-agenda-page]");
    if (!agenda) return;
    var stars = readStars();
    var shown = [];
    agenda.querySelectorAll("[data-forum-key]").forEach(function (item) {
      var key = item.getAttribute("data-forum-key");
      var starred = stars.indexOf(key) !== -1;
      item.hidden = !starred;
      if (starred) shown.push(key);
    });
    agenda.querySelectorAll("[data-programme-day]").forEach(function (day) {
      day.hidden = !day.querySelector("[data-forum-key]:not([hidden])");
    });
    var tools = agenda.querySelector("[data-agenda-tools]");
    if (!tools) return;
    tools.hidden = false;
    tools.querySelector("[data-agenda-empty]").hidden = shown.length > 0;
    tools.querySelector("[data-agenda-filled]").hidden = shown.length === 0;
    var count = tools.querySelector("[data-agenda-count]");
    count.textContent = shown.length === 1
      ? count.getAttribute("data-label-one")
      : count.getAttribute("data-label-many").replace("{n}", String(shown.length));
    var link = tools.querySelector("[data-agenda-download]");
    if (!link.hasAttribute("data-href")) link.setAttribute("data-href", link.getAttribute("href"));
    var url = new URL(link.getAttribute("data-href"), window.location.href);
    url.search = "";
    shown.forEach(function (key) { url.searchParams.append("forum", key); });
    link.setAttribute("href", url.pathname + url.search);
  }

  function start() {
    updateStatuses();
    setUpStars();
    updateAgenda();
    // A page left open flips to "live now" when the forum starts.
    window.setInterval(updateStatuses, 30000);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
