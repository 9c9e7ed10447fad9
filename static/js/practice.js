/* Practice calculators: recalculate as the learner types. The server does the
   arithmetic (same code as without JavaScript); we only fetch the result.
   A wrong value is marked on its field (aria-invalid, an error text linked by
   aria-describedby) from the error summary the server sends; pressing
   "Calculate" moves the focus to that summary. */
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams) return;

  function describe(input, errorId) {
    var ids = [];
    var help = document.getElementById(input.id + "_helptext");
    if (help) ids.push(help.id);
    if (errorId) ids.push(errorId);
    if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
    else input.removeAttribute("aria-describedby");
  }

  function markFields(form, target) {
    var errors = {};
    target.querySelectorAll("[data-error-summary] a[data-field-id]").forEach(function (link) {
      var id = link.getAttribute("data-field-id");
      errors[id] = (errors[id] ? errors[id] + " " : "") + link.getAttribute("data-error");
    });
    form.querySelectorAll("input[id], select[id], textarea[id]").forEach(function (input) {
      var errorId = input.id + "_error";
      var text = document.getElementById(errorId);
      var wrapper = input.closest(".field");
      if (errors[input.id]) {
        if (!text) {
          text = document.createElement("span");
          text.className = "errorlist";
          text.id = errorId;
          input.insertAdjacentElement("afterend", text);
        }
        text.textContent = errors[input.id];
        input.setAttribute("aria-invalid", "true");
        if (wrapper) wrapper.classList.add("field-error");
        describe(input, errorId);
      } else {
        if (text) text.parentNode.removeChild(text);
        input.removeAttribute("aria-invalid");
        if (wrapper) wrapper.classList.remove("field-error");
        describe(input, null);
      }
    });
  }

  document.querySelectorAll("form[data-practice]").forEach(function (form) {
    var id = form.getAttribute("data-practice");
    var target = document.querySelector('[data-practice-result="' + id + '"]');
    var timer = null;
    function update(focusSummary) {
      var params = new URLSearchParams(new FormData(form));
      return fetch(window.location.pathname + "?" + params.toString(), {
        headers: { "X-Berdaya-Fragment": id },
        credentials: "same-origin"
      }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html === null || !target) return false;
        target.innerHTML = html;
        markFields(form, target);
        var summary = target.querySelector("[data-error-summary]");
        if (focusSummary && summary) summary.focus();
        return true;
      });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        update(false).catch(function () { /* offline: the submit button still works */ });
      }, 500);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      update(true).then(function (done) {
        if (!done) form.submit();
      }).catch(function () { form.submit(); });
    });
  });

  // A link in an error summary moves the focus to its field.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-error-summary] a[data-field-id]");
    if (!link) return;
    var field = document.getElementById(link.getAttribute("data-field-id"));
    if (!field) return;
    event.preventDefault();
    field.focus();
  });
})();
