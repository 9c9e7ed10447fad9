/* Learning without a signal (docs/offline.md): registers the service worker,
   keeps the queue of steps taken offline (IndexedDB) and sends it when the
   signal returns, marks what needs a signal, clears saved courses when
   another person (or nobody) is signed in. */
(function () {
  "use strict";
  var box = document.getElementById("offline-status");
  if (!box || !window.Promise || !window.indexedDB || !window.fetch) return;
  var learner = parseInt(box.getAttribute("data-learner"), 10) || null;
  var shell = box.hasAttribute("data-shell");
  /* A copy saved on the phone is shown when the network failed: no request
     from it (navigator.onLine is not to be trusted on a weak signal). */
  var copy = box.hasAttribute("data-copy");
  var syncUrl = box.getAttribute("data-sync-url");
  var OWNER = "berdaya-offline-owner";
  var COURSES = "berdaya-offline-courses";
  var sending = false;

  function text(name, count) {
    return (box.getAttribute("data-" + name) || "").replace("%(count)s", count);
  }

  function store(mode, work) {
    return new Promise(function (done, failed) {
      var open = indexedDB.open("berdaya-offline", 1);
      open.onupgradeneeded = function () {
        open.result.createObjectStore("steps", { keyPath: "id" });
      };
      open.onerror = function () { failed(open.error); };
      open.onsuccess = function () {
        var tx = open.result.transaction("steps", mode);
        var request = work(tx.objectStore("steps"));
        tx.oncomplete = function () {
          open.result.close();
          done(request ? request.result : null);
        };
        tx.onerror = function () { failed(tx.error); };
      };
    });
  }

  function mine() {
    return store("readonly", function (steps) { return steps.getAll(); })
      .then(function (all) {
        return (all || []).filter(function (s) { return s.learner === learner; });
      });
  }

  function uuid() {
    if (crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64;
    b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) {
      return (x + 256).toString(16).slice(1);
    }).join("");
    return [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }

  function render() {
    if (!learner) return Promise.resolve();
    return mine().then(function (steps) {
      box.hidden = !steps.length;
      box.textContent = steps.length ? text(steps.length === 1 ? "pending-one" : "pending", steps.length) : "";
    });
  }

  function queue(type, lesson) {
    return store("readwrite", function (steps) {
      return steps.put({
        id: uuid(), type: type, lesson: lesson, learner: learner,
        at: new Date().toISOString()
      });
    }).then(render).then(send);
  }

  function token() {
    var match = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return match ? match[1] : (field ? field.value : "");
  }

  function send() {
    if (sending || !learner || shell || copy || !navigator.onLine) return Promise.resolve();
    sending = true;
    return mine().then(function (steps) {
      if (!steps.length) return null;
      return fetch(syncUrl, { credentials: "same-origin" }).then(function (answer) {
        if (!answer.ok) return null; /* signed out: the steps stay queued */
        return fetch(syncUrl, {
          method: "POST",
          credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRFToken": token() },
          body: JSON.stringify({ steps: steps.slice(0, 200) })
        }).then(function (response) { return response.ok ? response.json() : null; });
      });
    }).then(function (answer) {
      if (!answer || !answer.results) return null;
      var refused = answer.results.filter(function (r) { return r.status === "refused"; });
      if (refused.length) box.setAttribute("data-refused", refused[0].msg);
      return store("readwrite", function (steps) {
        answer.results.forEach(function (result) { steps.delete(result.id); });
      });
    }).catch(function () { /* no signal after all: try again later */ })
      .then(function () { sending = false; return render(); })
      .then(function () {
        var note = box.getAttribute("data-refused");
        if (note && box.hidden) {
          box.hidden = false;
          box.textContent = note;
          box.removeAttribute("data-refused");
        }
      });
  }

  function forget() {
    /* Saved courses belong to the person who saved them. */
    localStorage.removeItem(COURSES);
    return caches.keys().then(function (keys) {
      return Promise.all(keys.filter(function (key) {
        return key.indexOf("berdaya-course-") === 0;
      }).map(function (key) { return caches.delete(key); }));
    });
  }

  function markOffline() {
    var offline = shell || copy || !navigator.onLine;
    document.querySelectorAll("[data-needs-signal-note]").forEach(function (n) {
      n.parentNode.removeChild(n);
    });
    if (!offline || !window.caches) return;
    document.querySelectorAll("form[data-practice]").forEach(function (form) {
      var note = document.createElement("p");
      note.className = "message message-warning";
      note.setAttribute("data-needs-signal-note", "");
      note.textContent = box.getAttribute("data-calculator");
      form.parentNode.insertBefore(note, form);
    });
    document.querySelectorAll("main a[href^='/']").forEach(function (link) {
      caches.match(link.getAttribute("href"), { ignoreVary: true }).then(function (hit) {
        if (hit) return;
        var note = document.createElement("span");
        note.className = "meta";
        note.setAttribute("data-needs-signal-note", "");
        note.textContent = " (" + box.getAttribute("data-link") + ")";
        link.appendChild(note);
      });
    });
  }

  function lessonPage() {
    var lesson = document.querySelector("[data-offline-lesson]");
    if (!lesson || !learner) return;
    var id = parseInt(lesson.getAttribute("data-offline-lesson"), 10);
    if (copy) {
      /* A saved copy opened without a signal: the server has not seen it. */
      mine().then(function (steps) {
        var queued = steps.some(function (s) { return s.type === "opened" && s.lesson === id; });
        if (!queued) queue("opened", id);
      });
    }
    var form = document.querySelector("form.complete-form");
    if (!form) return;
    form.addEventListener("submit", function (event) {
      if (!copy && navigator.onLine) return;
      event.preventDefault();
      queue("done", id).then(function () {
        var done = document.createElement("p");
        done.className = "message";
        done.setAttribute("role", "status");
        done.textContent = box.getAttribute("data-queued");
        form.parentNode.replaceChild(done, form);
      });
    });
  }

  if (!shell && window.caches) {
    if ((localStorage.getItem(OWNER) || "") !== (learner ? String(learner) : "")) {
      forget().then(function () {
        if (learner) localStorage.setItem(OWNER, String(learner));
        else localStorage.removeItem(OWNER);
      });
    }
    document.querySelectorAll("form[data-sign-out], form[action$='/logout/']").forEach(function (form) {
      form.addEventListener("submit", function (event) {
        if (form.hasAttribute("data-forgotten")) return;
        event.preventDefault();
        form.setAttribute("data-forgotten", "");
        forget().catch(function () { /* nothing saved */ }).then(function () { form.submit(); });
      });
    });
  }
  function savedList() {
    var section = document.querySelector("[data-saved-courses]");
    var all = JSON.parse(localStorage.getItem(COURSES) || "{}");
    if (!section) return;
    Object.keys(all).forEach(function (key) {
      var item = document.createElement("li"), link = document.createElement("a");
      link.href = all[key].url;
      link.textContent = all[key].title;
      item.appendChild(link);
      section.querySelector("ul").appendChild(item);
      section.hidden = false;
    });
  }

  savedList();
  lessonPage();
  markOffline();
  render().then(send);
  window.addEventListener("online", function () {
    copy = false; /* the signal is back: this page may send now */
    markOffline();
    send();
  });
  window.addEventListener("offline", markOffline);
  window.addEventListener("load", function () {
    if (navigator.serviceWorker && box.getAttribute("data-sw")) {
      navigator.serviceWorker.register(box.getAttribute("data-sw"), { scope: "/" })
        .catch(function () { /* no offline copies then: the site still works */ });
    }
  });
})();
