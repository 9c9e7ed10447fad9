/* "Hemat kuota" (docs/offline.md): a lesson picture kept back shows as a
   "Lihat gambar" link; a tap puts the picture in its place (the same
   <picture> the page shows without the data saver). Without this script the
   link opens the picture itself. */
(function () {
  "use strict";
  function show(link) {
    var picture = document.createElement("picture");
    var sizes = link.getAttribute("data-sizes");
    for (var n = 1; link.hasAttribute("data-source-" + n); n += 1) {
      var value = link.getAttribute("data-source-" + n);
      var cut = value.indexOf(" ");
      var source = document.createElement("source");
      source.type = value.slice(0, cut);
      source.srcset = value.slice(cut + 1);
      source.sizes = sizes;
      picture.appendChild(source);
    }
    var img = document.createElement("img");
    img.alt = link.getAttribute("data-alt") || "";
    img.width = +link.getAttribute("data-width");
    img.height = +link.getAttribute("data-height");
    img.sizes = sizes;
    img.srcset = link.getAttribute("data-srcset");
    img.src = link.getAttribute("data-src");
    img.decoding = "async";
    img.tabIndex = -1;
    picture.appendChild(img);
    img.addEventListener("error", function () {
      /* No signal and not saved: the link comes back to try again. */
      if (picture.parentNode) picture.parentNode.replaceChild(link, picture);
    });
    link.parentNode.replaceChild(picture, link);
    img.focus();
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("[data-picture-tap]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    show(link);
  });
})();
