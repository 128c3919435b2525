// The translation editor: text boxes grow with their text, and leaving the page with unsaved edits asks first.
(function () {
  'use strict';
  var form = document.getElementById('editor');
  if (!form) {
    return;
  }
  var boxes = form.querySelectorAll('textarea.autosize');
  var initial = new Map();

  function fit(box) {
    box.style.height = 'auto';
    box.style.height = (box.scrollHeight + 2) + 'px';
  }

  function dirty() {
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].value !== initial.get(boxes[i])) {
        return true;
      }
    }
    return false;
  }

  boxes.forEach(function (box) {
    initial.set(box, box.defaultValue);
    fit(box);
    box.addEventListener('input', function () {
      fit(box);
      form.classList.toggle('is-dirty', dirty());
    });
  });

  var submitting = false;
  form.addEventListener('submit', function () {
    submitting = true;
  });
  window.addEventListener('beforeunload', function (event) {
    if (!submitting && dirty()) {
      event.preventDefault();
      event.returnValue = form.getAttribute('data-unsaved') || '';
      return event.returnValue;
    }
  });
})();
