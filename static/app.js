// Spindle's one script, for what htmx does not cover; loaded from /static because the CSP forbids inline script.
(function () {
  'use strict';

  // Remote thumbnails (Discogs search results) may fail to load when the machine is offline or the
  // signed URL expired: show the neat placeholder instead of a broken icon.
  document.addEventListener('error', function (event) {
    var img = event.target;
    if (img && img.tagName === 'IMG' && img.classList.contains('result-thumb')) {
      var placeholder = document.createElement('div');
      placeholder.className = 'result-thumb cover-placeholder';
      placeholder.setAttribute('aria-hidden', 'true');
      img.replaceWith(placeholder);
    }
  }, true);

  // On a phone the shelf's filters sit above the records: keep them folded until asked for, also after each swap.
  var narrow = window.matchMedia('(max-width: 900px)');
  function foldFilters() {
    if (!narrow.matches) {
      return;
    }
    document.querySelectorAll('details.facet-panel[open]').forEach(function (panel) {
      panel.open = false;
    });
  }
  document.addEventListener('DOMContentLoaded', foldFilters);
  document.addEventListener('htmx:afterSettle', foldFilters);
})();
