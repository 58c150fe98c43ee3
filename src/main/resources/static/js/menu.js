// The menu button of narrow screens (phones): the menu and the header tools fold away behind it, so the page itself
// starts on the first screen. Without this script the menu simply stays open. No inline script: our CSP allows none.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.querySelector('.menu-button');
  if (!button) {
    return;
  }
  document.documentElement.classList.add('js-menu');
  function open(expanded) {
    button.setAttribute('aria-expanded', String(expanded));
  }
  button.addEventListener('click', function () {
    open(button.getAttribute('aria-expanded') !== 'true');
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      open(false);
      button.focus();
    }
  });
});
