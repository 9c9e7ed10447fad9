/* "Save for offline" on a course page (docs/offline.md): shows the download
   size the server computes, saves the course's pages, pictures and audio in
   the phone's Cache Storage with a progress bar, and removes them again. */
(function () {
  "use strict";
  var box = document.querySelector("[data-offline-course]");
  if (!box || !window.caches || !navigator.serviceWorker || !window.fetch) return;
  var id = box.getAttribute("data-offline-course");
  var name = "berdaya-course-" + id;
  var COURSES = "berdaya-offline-courses";
  var $ = function (what) { return box.querySelector("[data-offline-" + what + "]"); };
  var saveButton = $("save"), removeButton = $("remove"), bar = $("progress");
  var state = $("state"), size = $("size"), withImages = $("with-images");
  var bundle = null;
  /* "Hemat kuota" chosen on the site (or Save-Data sent: the server says so
     with data-saver), or the phone's own data saver. */
  var saveData = box.hasAttribute("data-saver") ||
    !!(navigator.connection && navigator.connection.saveData);

  function say(key, amount) {
    state.textContent = (box.getAttribute("data-" + key) || "").replace("%(size)s", amount || "");
  }

  function human(bytes) {
    var lang = document.documentElement.lang || "id";
    if (bytes < 1024 * 1024) return Math.max(1, Math.round(bytes / 1024)) + " KB";
    return (bytes / 1048576).toLocaleString(lang, { maximumFractionDigits: 1 }) + " MB";
  }

  function chosen() {
    return bundle.files.filter(function (file) {
      return file.kind !== "image" || withImages.checked;
    });
  }

  function showSize() {
    var total = chosen().reduce(function (sum, file) { return sum + file.bytes; }, 0);
    size.textContent = box.getAttribute("data-size").replace("%(size)s", human(total));
  }

  function saved(yes) {
    saveButton.hidden = yes;
    removeButton.hidden = !yes;
    $("choice").hidden = yes || !bundle || !bundle.bytes.image;
  }

  function remember(entry) {
    var all = JSON.parse(localStorage.getItem(COURSES) || "{}");
    if (entry) all[id] = entry; else delete all[id];
    localStorage.setItem(COURSES, JSON.stringify(all));
  }

  function assets(html) {
    /* The page's own scripts and styles, so that it works offline too. */
    var found = [], pattern = /(?:src|href)="(\/static\/[^"]+)"/g, match;
    while ((match = pattern.exec(html))) found.push(match[1].replace(/&amp;/g, "&"));
    return found;
  }

  function save() {
    var files = chosen(), total = 0, done = 0, extra = {};
    files.forEach(function (file) { total += file.bytes; });
    saveButton.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    say("saving");
    caches.open(name).then(function (cache) {
      function one(url, page) {
        return fetch(url, {
          credentials: "same-origin",
          headers: page ? { "X-Berdaya-Offline": "1" } : {}
        }).then(function (response) {
          if (!response.ok || response.redirected) throw new Error(url);
          var copy = response.clone();
          var read = page ? response.text().then(function (html) {
            assets(html).forEach(function (asset) { extra[asset] = true; });
          }) : Promise.resolve();
          return read.then(function () { return cache.put(url, copy); });
        });
      }
      return files.reduce(function (chain, file) {
        return chain.then(function () { return one(file.url, file.kind === "page"); })
          .then(function () {
            done += file.bytes;
            bar.value = total ? Math.round(100 * done / total) : 100;
          });
      }, Promise.resolve()).then(function () {
        return Promise.all(Object.keys(extra).map(function (url) { return one(url, false); }));
      });
    }).then(function () {
      remember({ title: box.getAttribute("data-title"), url: bundle.url, bytes: total });
      bar.value = 100;
      say("saved", human(total));
      saved(true);
    }).catch(function () {
      caches.delete(name);
      remember(null);
      say("failed");
    }).then(function () {
      saveButton.disabled = false;
      bar.hidden = true;
    });
  }

  function remove() {
    caches.delete(name).then(function () {
      remember(null);
      say("removed");
      saved(false);
    });
  }

  var status = document.getElementById("offline-status");
  var copy = status && status.hasAttribute("data-copy");
  (navigator.onLine && !copy
    ? fetch(box.getAttribute("data-bundle-url"), { credentials: "same-origin" })
    : Promise.reject(new Error("offline")))
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (answer) {
      if (!answer) return;
      bundle = answer;
      withImages.checked = !saveData;
      $("saver-note").hidden = !saveData || !bundle.bytes.image;
      $("image-size").textContent = human(bundle.bytes.image);
      showSize();
      return caches.has(name).then(function (yes) {
        box.hidden = false;
        saved(yes);
        if (yes) say("saved", human((JSON.parse(localStorage.getItem(COURSES) || "{}")[id] || {}).bytes || 0));
      });
    }).catch(function () {
      /* Offline, or the server is unwell: the saved state still shows. */
      caches.has(name).then(function (yes) {
        if (!yes) return;
        box.hidden = false;
        size.hidden = true;
        saved(true);
        say("saved-offline");
      });
    });
  withImages.addEventListener("change", showSize);
  saveButton.addEventListener("click", save);
  removeButton.addEventListener("click", remove);
})();
