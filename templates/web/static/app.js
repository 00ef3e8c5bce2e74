// Comfort only: every page works without this file.
// On a question page, digits 1-9 pick the matching choice and Enter submits the form.
document.addEventListener("keydown", function (event) {
  var form = document.querySelector("form.question");
  if (!form || event.altKey || event.ctrlKey || event.metaKey) return;
  var target = event.target;
  if (target && (target.tagName === "INPUT" && target.type === "text" || target.tagName === "SELECT" || target.tagName === "TEXTAREA")) return;
  var type = form.getAttribute("data-type");
  if ((type === "single-choice" || type === "multi-choice" || type === "true-false") && /^[1-9]$/.test(event.key)) {
    var inputs = form.querySelectorAll("input[type=radio], input[type=checkbox]");
    var input = inputs[Number(event.key) - 1];
    if (input) {
      input.checked = type === "multi-choice" ? !input.checked : true;
      input.focus();
      event.preventDefault();
    }
  }
});

// On a study card, Space shows the answer and 1-4 rate it: each key clicks the link or button
// that carries it in data-key, so the keys do exactly what the visible controls do.
document.addEventListener("keydown", function (event) {
  if (!document.querySelector("[data-study]") || event.altKey || event.ctrlKey || event.metaKey || event.repeat) return;
  var target = event.target;
  if (target && (target.tagName === "INPUT" || target.tagName === "SELECT" || target.tagName === "TEXTAREA" || target.isContentEditable)) return;
  var key = event.key === " " ? "space" : event.key;
  if (key !== "space" && !/^[1-4]$/.test(key)) return;
  var control = document.querySelector('[data-key="' + key + '"]');
  if (!control) return;
  event.preventDefault();
  control.click();
});

// Results board: while the assignment is open, fetch the page again every 5 seconds and swap in
// its live part. Without this file the page is the same and is brought up to date by reloading.
(function () {
  var live = document.getElementById("live");
  if (!live || live.getAttribute("data-live") !== "true" || !window.fetch || !window.DOMParser) return;
  function refresh() {
    if (document.hidden) return;
    fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("live");
        if (fresh) {
          live.innerHTML = fresh.innerHTML;
          live.setAttribute("data-live", fresh.getAttribute("data-live"));
        }
      })
      .catch(function () { /* the next tick tries again */ });
  }
  var timer = window.setInterval(function () {
    if (live.getAttribute("data-live") !== "true") { window.clearInterval(timer); return; }
    refresh();
  }, 5000);
})();
