// Spindle's one script, for what htmx does not cover; loaded from /static because the CSP forbids inline script.
(function () {
  'use strict';
  var narrow = window.matchMedia('(max-width: 900px)');

  // On a phone the filters sit above the records: keep them folded until asked for, also after each swap.
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
