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

// Copy buttons (they need JavaScript, so they stay hidden without it): copy the text of the
// element named in data-copy.
document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
  button.hidden = false;
  // The page gives the words in its language: the button's own label, and "Copied" in data-copied.
  var label = button.textContent;
  var copied = button.getAttribute("data-copied") || label;
  button.addEventListener("click", function () {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var done = function () { button.textContent = copied; setTimeout(function () { button.textContent = label; }, 2000); };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent).then(done, function () { selectAll(source); });
    } else {
      selectAll(source);
      try { if (document.execCommand("copy")) done(); } catch (e) { /* the text stays selected */ }
    }
  });
});

function selectAll(element) {
  var range = document.createRange();
  range.selectNodeContents(element);
  var selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
}

// Citing from the reader, for a signed-in instructor: select words of a passage and a "Cite"
// button appears next to them; it asks the server for the fact (by passage and character range,
// so the quote is cut from the source's own text) and shows it ready to copy.
(function () {
  var main = document.querySelector("main[data-cite-source]");
  var output = document.getElementById("cite-output");
  if (!main || !output) return;
  var stub = document.getElementById("cite-stub");
  var error = document.getElementById("cite-error");
  var button = document.createElement("button");
  button.type = "button";
  button.className = "cite-button primary";
  button.textContent = main.getAttribute("data-cite-label") || "Cite";
  button.hidden = true;
  document.body.appendChild(button);

  function passageOf(node) {
    var element = node && (node.nodeType === 1 ? node : node.parentElement);
    var passage = element && element.closest("[data-passage]");
    return passage && main.contains(passage) ? passage : null;
  }
  function offsetIn(element, node, offset) {
    var range = document.createRange();
    range.selectNodeContents(element);
    range.setEnd(node, offset);
    return range.toString().length;
  }
  // The selection as a passage and a character range of its text; a selection running into the
  // next passage is cut at the end of the first.
  function selected() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    var range = selection.getRangeAt(0);
    var passage = passageOf(range.startContainer);
    var start;
    if (passage) {
      start = offsetIn(passage, range.startContainer, range.startOffset);
    } else {
      passage = passageOf(range.endContainer);
      start = 0;
    }
    if (!passage) return null;
    var end = passage.contains(range.endContainer)
      ? offsetIn(passage, range.endContainer, range.endOffset)
      : passage.textContent.length;
    if (end <= start) return null;
    return { passage: passage.getAttribute("data-passage"), start: start, end: end, rect: range.getBoundingClientRect() };
  }
  var current = null;
  function update() {
    current = selected();
    if (!current) { button.hidden = true; return; }
    button.style.top = Math.round(current.rect.bottom + window.scrollY + 6) + "px";
    button.style.left = Math.round(Math.max(4, current.rect.left + window.scrollX)) + "px";
    button.hidden = false;
  }
  document.addEventListener("mouseup", function (event) { if (event.target !== button) setTimeout(update, 0); });
  document.addEventListener("keyup", function (event) { if (event.target !== button) update(); });
  button.addEventListener("click", function () {
    if (!current) return;
    var query = "source=" + encodeURIComponent(main.getAttribute("data-cite-source")) +
      "&passage=" + encodeURIComponent(current.passage) + "&start=" + current.start + "&end=" + current.end;
    fetch("/instructor/cite/selection?" + query, { credentials: "same-origin", headers: { "Accept": "text/plain" } })
      .then(function (response) {
        return response.text().then(function (text) { return { ok: response.ok, text: text }; });
      })
      .then(function (answer) {
        output.hidden = false;
        stub.textContent = answer.ok ? answer.text : "";
        stub.hidden = !answer.ok;
        error.textContent = answer.ok ? "" : answer.text;
        button.hidden = true;
        (answer.ok ? stub : error).focus();
      });
  });
  document.getElementById("cite-close").addEventListener("click", function () { output.hidden = true; });
})();

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
