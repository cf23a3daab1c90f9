// Progressive enhancement only: every page works without JavaScript.
document.addEventListener('DOMContentLoaded', function () {
  // Confirm destructive actions marked with data-confirm.
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
});
