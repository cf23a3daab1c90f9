// Intake pages, progressive enhancement only: copy a link with one tap.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-copy]').forEach(function (button) {
    button.addEventListener('click', function () {
      var source = document.querySelector(button.getAttribute('data-copy'));
      var status = button.parentElement.querySelector('[data-copy-status]');
      if (!source || !navigator.clipboard) {
        return;
      }
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        if (status) { status.textContent = 'Copied.'; }
      }, function () {
        if (status) { status.textContent = 'Copy failed: select the link and copy it by hand.'; }
      });
    });
  });
});
