/* Berdaya service worker (docs/offline.md). Version {{ version }}.
   Pages: network first, the saved copy when there is no signal, else the
   offline page. Other files: the saved copy first (a saved course costs no
   data again), else the network. Nothing is cached unless the learner saved
   a course; the shell (offline page, style, scripts) is stored at install. */
"use strict";
var SHELL = "berdaya-shell-{{ version }}";
var SHELL_FILES = {{ shell_files|safe }};
var OFFLINE_PAGES = {{ offline_pages|safe }};

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) {
    return cache.addAll(SHELL_FILES);
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (key) {
      return key.indexOf("berdaya-shell-") === 0 && key !== SHELL;
    }).map(function (key) { return caches.delete(key); }));
  }).then(function () { return self.clients.claim(); }));
});

function saved(request) {
  return caches.match(request, { ignoreVary: true });
}

function offlinePage(url) {
  var path = new URL(url).pathname;
  var lang = Object.keys(OFFLINE_PAGES).filter(function (code) {
    return path.indexOf("/" + code + "/") === 0;
  })[0];
  return caches.match(OFFLINE_PAGES[lang || ""]);
}

function ranged(request, response) {
  /* Audio asks for byte ranges; answer them from the saved copy. */
  var match = /bytes=(\d*)-(\d*)/.exec(request.headers.get("range") || "");
  if (!match || response.status !== 200) return response;
  return response.arrayBuffer().then(function (buffer) {
    var size = buffer.byteLength;
    var start = match[1] ? parseInt(match[1], 10) : Math.max(0, size - parseInt(match[2] || "0", 10));
    var end = match[1] && match[2] ? Math.min(parseInt(match[2], 10), size - 1) : size - 1;
    if (start >= size || end < start) {
      return new Response(null, { status: 416, headers: { "Content-Range": "bytes */" + size } });
    }
    return new Response(buffer.slice(start, end + 1), {
      status: 206,
      headers: {
        "Content-Type": response.headers.get("Content-Type") || "application/octet-stream",
        "Content-Range": "bytes " + start + "-" + end + "/" + size,
        "Content-Length": String(end - start + 1)
      }
    });
  });
}

function sameImage(request) {
  /* Offline, a picture asked in another size or format (<picture> picks by
     screen): answer with the saved rendition of the same original. */
  var stem = /^(.*\/images\/[^\/.]+)\./.exec(new URL(request.url).pathname);
  if (!stem) return Promise.resolve(undefined);
  return caches.keys().then(function (names) {
    return Promise.all(names.map(function (name) {
      return caches.open(name).then(function (cache) { return cache.keys(); });
    }));
  }).then(function (lists) {
    for (var i = 0; i < lists.length; i++) {
      for (var j = 0; j < lists[i].length; j++) {
        if (new URL(lists[i][j].url).pathname.indexOf(stem[1] + ".") === 0) {
          return caches.match(lists[i][j]);
        }
      }
    }
    return undefined;
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (/^\/(django-)?admin\//.test(url.pathname)) return;
  if (request.headers.get("X-Berdaya-Offline")) return; /* saving: the network */
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(function () {
      return saved(request).then(function (hit) { return hit || offlinePage(request.url); });
    }));
    return;
  }
  event.respondWith(saved(request).then(function (hit) {
    if (hit) return ranged(request, hit);
    return fetch(request).catch(function (error) {
      return sameImage(request).then(function (other) {
        if (other) return other;
        throw error;
      });
    });
  }));
});
