// On a narrow screen the sections scroll sideways: keep the current one in view (again when the
// window changes size, as when a phone turns).
(function () {
  var nav = document.querySelector(".sections");
  var here = nav && nav.querySelector("[aria-current]");
  if (!here) {
    return;
  }
  function show() {
    if (nav.scrollWidth > nav.clientWidth) {
      var box = nav.getBoundingClientRect(), link = here.getBoundingClientRect();
      nav.scrollLeft += link.left - box.left - (box.width - link.width) / 2;
    }
  }
  show();
  window.addEventListener("resize", show);
})();
