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

  // A release's gallery: a thumbnail opens its large image in the page's dialog, asked for only now (each large image
  // is fetched from Discogs on its first view). Without this script the link opens the image on its own.
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-lightbox]');
    var dialog = document.getElementById('lightbox');
    if (!link || !dialog || event.ctrlKey || event.metaKey || event.shiftKey) {
      return;
    }
    event.preventDefault();
    var thumb = link.querySelector('img');
    var large = dialog.querySelector('img');
    large.src = link.href;
    large.alt = thumb ? thumb.alt : '';
    dialog.querySelector('.lightbox-caption').textContent = large.alt;
    dialog.showModal();
  });
  document.addEventListener('click', function (event) {
    if (event.target.id === 'lightbox') {
      event.target.close();
    }
  });

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

  // Focus after a swap (the rule is described in layout/page.jte). When the swap removed the element that had
  // focus (a filter link, Remove, Add to wantlist) and htmx found no element of the same id to give it back to,
  // focus lands on the new fragment's error, else on its [data-swap-focus] element, else on the fragment itself:
  // never on <body>, where the next Tab would start over at the top of the page.
  var focusLostIn = null;
  document.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    var active = document.activeElement;
    focusLostIn = target && active && active !== document.body && target.contains(active) ? target : null;
  });
  function firstMatch(root, selector) {
    return root.matches(selector) ? root : root.querySelector(selector);
  }
  document.addEventListener('htmx:afterSettle', function (event) {
    var swapped = event.target;
    if (!focusLostIn || !(swapped instanceof Element) || !swapped.isConnected || swapped.id === 'live-region') {
      return;
    }
    if (document.activeElement && document.activeElement !== document.body) {
      focusLostIn = null;
      return;
    }
    focusLostIn = null;
    var landing = firstMatch(swapped, '[role=alert]') || firstMatch(swapped, '[data-swap-focus]') || swapped;
    if (landing.tabIndex < 0 && !landing.hasAttribute('tabindex')) {
      landing.setAttribute('tabindex', '-1');
    }
    landing.focus();
  });

  // A panel that polls repeats its summary; the live region speaks only when the words change.
  document.addEventListener('htmx:oobBeforeSwap', function (event) {
    var target = event.detail.target;
    if (target && target.id === 'live-region' && target.textContent === event.detail.fragment.textContent) {
      event.detail.shouldSwap = false;
    }
  });

  // A select that acts on change (the shelf's sort menu) would act at once on ArrowUp/ArrowDown while closed, as
  // Chromium changes the value without opening it: open the list instead, so the choice waits for Enter.
  document.addEventListener('keydown', function (event) {
    var select = event.target;
    if (select.tagName !== 'SELECT' || !select.hasAttribute('hx-get') || event.altKey
        || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) {
      return;
    }
    event.preventDefault();
    try {
      select.showPicker();
    } catch (e) {
      // no picker without a user gesture (or in an old browser): the value stays as it was, Alt+ArrowDown opens it
    }
  });

  // Export CSV and the shopping list take what is on screen: when htmx narrows the shelf and pushes the new
  // address, those links follow its filters and sort (not its page: they take every matching record).
  document.addEventListener('htmx:pushedIntoHistory', function () {
    var query = new URLSearchParams(window.location.search);
    query.delete('page');
    var search = query.toString();
    document.querySelectorAll('a[data-follows-filters]').forEach(function (link) {
      var url = new URL(link.href, window.location.href);
      url.search = search;
      link.href = url.pathname + url.search;
    });
  });

  // The search box says what the page searches for: after a "Did you mean" link or a removed chip changed the
  // words, the box takes them from the address (not while someone types in it: that would eat their spaces).
  document.addEventListener('htmx:pushedIntoHistory', function () {
    var words = new URLSearchParams(window.location.search).get('q') || '';
    document.querySelectorAll('input[type=search][name=q]').forEach(function (box) {
      if (box !== document.activeElement) {
        box.value = words;
      }
    });
  });
})();

// Bulk changes on the collection and wantlist: shift-click ticks every record between the last one ticked and this
// one, and the bar says how many are ticked (or that all matching the filter are).
(function () {
  'use strict';
  var lastPicked = null;
  function picks() {
    return Array.prototype.slice.call(document.querySelectorAll('input.pick'));
  }
  function sayCount() {
    var count = document.getElementById('bulk-count');
    var all = document.querySelector('.bulk-all input');
    if (!count) {
      return;
    }
    var ticked = picks().filter(function (box) { return box.checked; }).length;
    count.textContent = all && all.checked ? 'All records that match are selected'
      : ticked === 0 ? 'Tick records to change several at once'
      : ticked === 1 ? '1 record selected' : ticked + ' records selected';
  }
  document.addEventListener('click', function (event) {
    var box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.classList.contains('pick')) {
      return;
    }
    var all = picks();
    if (event.shiftKey && lastPicked && all.indexOf(lastPicked) >= 0) {
      var from = all.indexOf(lastPicked);
      var to = all.indexOf(box);
      all.slice(Math.min(from, to), Math.max(from, to) + 1).forEach(function (other) {
        other.checked = box.checked;
      });
    }
    lastPicked = box;
    sayCount();
  });
  document.addEventListener('change', function (event) {
    if (event.target instanceof HTMLInputElement && event.target.closest('.bulk-all')) {
      sayCount();
    }
  });
  document.addEventListener('htmx:afterSettle', sayCount);
})();
