/* Orbitpress: an embedded video (or a picture from another site) loads from that site only
   when the reader presses its play button; until then the page makes no request to it. */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var button = event.target && event.target.closest ? event.target.closest('button.embed-play') : null;
    if (!button) {
      return;
    }
    var load = button.getAttribute('data-load');
    var src = button.getAttribute('data-src') || '';
    var title = button.getAttribute('data-title') || '';
    if (src.indexOf('https://') !== 0) {
      return;
    }
    var el;
    if (load === 'frame') {
      el = document.createElement('iframe');
      el.setAttribute('allow', 'autoplay; encrypted-media; fullscreen; picture-in-picture');
      el.setAttribute('allowfullscreen', '');
      el.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
      el.title = title;
    } else if (load === 'video') {
      el = document.createElement('video');
      el.controls = true;
      el.autoplay = true;
      el.setAttribute('aria-label', title);
    } else if (load === 'image') {
      el = document.createElement('img');
      el.alt = title;
    } else {
      return;
    }
    el.src = src;
    var box = button.parentNode;
    while (box.firstChild) {
      box.removeChild(box.firstChild);
    }
    box.appendChild(el);
    box.classList.add('embed-loaded');
    if (el.focus) {
      el.setAttribute('tabindex', '-1');
      el.focus();
    }
  });
})();
