// On a narrow screen the sections scroll sideways: keep the current one in view (again when the
// window changes size, as when a phone turns).
(function () {
  var nav = document.querySelector(".sections");
  var here = nav && nav.querySelector("[aria-current]");
  if (!here) {
    return;
  }
  var rtl = getComputedStyle(nav).direction === "rtl";
  function show() {
    // as far as it takes to clear the faded end edge (the right one, the left on a page written
    // right to left), and no further
    var box = nav.getBoundingClientRect(), link = here.getBoundingClientRect(), edge = 28;
    if (!rtl && link.right > box.right - edge) {
      nav.scrollLeft += link.right - box.right + edge;
    } else if (rtl && link.left < box.left + edge) {
      nav.scrollLeft -= box.left + edge - link.left;
    }
  }
  show();
  window.addEventListener("resize", show);
})();

// A site in three languages or more lists them in a menu: it closes on Escape and on a click
// or a tap elsewhere on the page.
(function () {
  var menu = document.querySelector(".language-menu");
  if (!menu) {
    return;
  }
  document.addEventListener("click", function (e) {
    if (menu.open && !menu.contains(e.target)) {
      menu.open = false;
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && menu.open) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();
