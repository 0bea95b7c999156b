// boardwright site: the card filter and opening the card a link points at. No framework and
// no network; every page works without this script (the filter box then stays hidden).
/* global document, window, location */
(function () {
  'use strict';

  var toolbar = document.querySelector('[data-filter]');
  var input = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  var cards = Array.prototype.slice.call(document.querySelectorAll('[data-card]'));
  var columns = Array.prototype.slice.call(document.querySelectorAll('[data-column]'));

  function plural(n) {
    return n === 1 ? ' card' : ' cards';
  }

  // A card is shown when every space-separated term occurs in its id, title, kind, assignee,
  // priority, status, section or labels (data-search, lower-cased when the site was built).
  function applyFilter() {
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute('data-search') || '';
      var match = terms.every(function (t) {
        return text.indexOf(t) !== -1;
      });
      card.hidden = !match;
      if (match) shown++;
    });
    columns.forEach(function (column) {
      var visible = column.querySelectorAll('[data-card]:not([hidden])').length;
      column.querySelector('[data-count]').textContent = String(visible);
      var empty = column.querySelector('[data-empty]');
      empty.hidden = visible > 0;
      column.classList.toggle('is-empty', visible === 0);
      empty.textContent = terms.length ? 'No matching cards' : 'No cards';
    });
    status.textContent = terms.length
      ? 'Showing ' + shown + ' of ' + cards.length + plural(cards.length)
      : cards.length + plural(cards.length);
  }

  // Opens the card named by the URL fragment (a dependency link, possibly from another board),
  // clearing the filter if it hides that card, and moves keyboard focus to it.
  function openTarget() {
    var id;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!id) return;
    var target = document.getElementById(id);
    if (!target || target.tagName !== 'DETAILS') return;
    var item = target.closest('[data-card]');
    if (item && item.hidden && input) {
      input.value = '';
      applyFilter();
    }
    document.querySelectorAll('.is-target').forEach(function (el) {
      el.classList.remove('is-target');
    });
    target.open = true;
    target.classList.add('is-target');
    var summary = target.querySelector('summary');
    if (summary) summary.focus();
    target.scrollIntoView({ block: 'nearest' });
  }

  if (toolbar && input && status) {
    toolbar.hidden = false;
    input.addEventListener('input', applyFilter);
    input.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && input.value) {
        input.value = '';
        applyFilter();
      }
    });
    // "/" jumps to the filter, as on many code hosts, unless the user is typing somewhere.
    document.addEventListener('keydown', function (e) {
      var t = e.target;
      var typing = t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        input.focus();
      }
    });
    if (input.value) applyFilter();
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
})();
