// The 日本語/English switch keeps the page's other query parameters (the year, the scheme …), so the
// visitor sees the same page in the other language. Without script the links still work: they
// carry only ?lang=, and the page shows its defaults.
(function () {
  'use strict';
  document.querySelectorAll('.lang-switch a[hreflang]').forEach(function (link) {
    var url = new URL(window.location.href);
    url.searchParams.set('lang', link.getAttribute('hreflang'));
    link.setAttribute('href', url.pathname + url.search);
  });
})();
