// Before the idle timeout ends the session, say so and offer "Stay signed in";
// while she types in a form, keep the session alive. Progressive enhancement:
// without this script the server still sends her back to her page
// (accounts.middleware.ExpiredSessionPostMiddleware).
(() => {
  const script = document.currentScript;
  const idle = Number(script.dataset.idleSeconds) * 1000;
  const warnBefore = Number(script.dataset.warnSeconds) * 1000;
  const url = script.dataset.keepaliveUrl;
  const cookie = script.dataset.csrfCookie;
  const csrf = () => {
    const found = document.cookie.split("; ").find((part) => part.startsWith(`${cookie}=`));
    return found ? decodeURIComponent(found.slice(cookie.length + 1)) : "";
  };
  if (!idle || !url) return;
  let lastRenewed = Date.now();
  let timer;
  const banner = document.getElementById("session-warning");

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      banner.hidden = false;
      banner.querySelector("button").focus();
    }, Math.max(idle - warnBefore, 0));
  };

  const renew = () =>
    fetch(url, {
      method: "POST",
      headers: { "X-CSRFToken": csrf() },
      credentials: "same-origin",
    }).then((response) => {
      if (response.status === 204) {
        lastRenewed = Date.now();
        banner.hidden = true;
        schedule();
      } else {
        banner.querySelector("[data-ended]").hidden = false;
      }
    });

  banner.querySelector("button").addEventListener("click", renew);
  // Typing in a form counts as using the site: renew at most every 10 minutes.
  document.addEventListener("input", (event) => {
    if (event.target.form && Date.now() - lastRenewed > 10 * 60 * 1000) renew();
  });
  schedule();
})();
