/* Practice calculators: recalculate as the learner types. The server does the
   arithmetic (same code as without JavaScript); we only fetch the result. */
(function () {
  "use strict";
  if (!window.fetch || !window.URLSearchParams) return;
  document.querySelectorAll("form[data-practice]").forEach(function (form) {
    var id = form.getAttribute("data-practice");
    var target = document.querySelector('[data-practice-result="' + id + '"]');
    var timer = null;
    function update() {
      var params = new URLSearchParams(new FormData(form));
      fetch(window.location.pathname + "?" + params.toString(), {
        headers: { "X-Berdaya-Fragment": id },
        credentials: "same-origin"
      }).then(function (response) {
        return response.ok ? response.text() : null;
      }).then(function (html) {
        if (html !== null && target) target.innerHTML = html;
      }).catch(function () { /* offline: the submit button still works */ });
    }
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(update, 500);
    });
  });
})();
