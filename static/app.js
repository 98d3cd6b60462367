// Spindle's only script. Remote thumbnails (Discogs search results) may fail to load when the
// machine is offline or the signed URL expired: show the neat placeholder instead of a broken icon.
document.addEventListener('error', function (event) {
  var img = event.target;
  if (img && img.tagName === 'IMG' && img.classList.contains('result-thumb')) {
    var placeholder = document.createElement('div');
    placeholder.className = 'result-thumb cover-placeholder';
    placeholder.setAttribute('aria-hidden', 'true');
    img.replaceWith(placeholder);
  }
}, true);
