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
