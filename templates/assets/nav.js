// On a narrow screen the sections scroll sideways: keep the current one in view (again when the
// window changes size, as when a phone turns).
(function () {
  var nav = document.querySelector(".sections");
  var here = nav && nav.querySelector("[aria-current]");
  if (!here) {
    return;
  }
  function show() {
    // as far as it takes to clear the faded right edge, and no further
    var box = nav.getBoundingClientRect(), link = here.getBoundingClientRect(), edge = 28;
    if (link.right > box.right - edge) {
      nav.scrollLeft += link.right - box.right + edge;
    }
  }
  show();
  window.addEventListener("resize", show);
})();
