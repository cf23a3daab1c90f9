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

// The error summary (fragments/errors.html): name each field by its own question, mark the fields, focus the summary,
// and let a link put the cursor in its field.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (!summary) {
    return;
  }
  function question(field) {
    var text = null;
    if (field.tagName === 'FIELDSET') {
      var legend = field.querySelector('legend');
      text = legend && legend.textContent;
    } else {
      var label = document.querySelector('label[for="' + field.id + '"]');
      if (label) {
        var copy = label.cloneNode(true);
        copy.querySelectorAll('.hint').forEach(function (hint) { hint.remove(); });
        text = copy.textContent;
      }
    }
    return text ? text.replace(/\s+/g, ' ').trim().replace(/[?:]$/, '') : null;
  }
  function firstInput(field) {
    return field.matches('input, select, textarea') ? field : field.querySelector('input, select, textarea');
  }
  summary.querySelectorAll('a[data-field]').forEach(function (link) {
    var field = document.getElementById(link.getAttribute('data-field'));
    if (!field) {
      return;
    }
    var name = question(field);
    var message = link.textContent.trim();
    if (name && message.toLowerCase().indexOf(name.toLowerCase()) !== 0) {
      // "is required" reads on from the name ("Date is required"); a sentence of its own follows a colon
      link.textContent = /^(is|are|must|needs?|has|cannot) /.test(message) ? name + ' ' + message
        : name + ': ' + message.charAt(0).toLowerCase() + message.slice(1);
    }
    if (field.tagName === 'FIELDSET') {
      field.classList.add('invalid');
    } else {
      field.setAttribute('aria-invalid', 'true');
    }
    link.addEventListener('click', function (event) {
      var input = firstInput(field);
      if (input) {
        event.preventDefault();
        field.scrollIntoView({block: 'center'});
        input.focus({preventScroll: true});
      }
    });
  });
  summary.focus();
});
