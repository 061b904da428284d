// Keyboard shortcuts of the staff case table (progressive enhancement: the table works without them).
// j/k or the arrow keys move between cases, x chooses one, o or Enter opens it, r and a go to the bulk route and
// assign fields, / to the search. Keys typed into a field are never taken, nor keys with Ctrl, Alt or Meta, and the
// shortcuts can be switched off (WCAG 2.1.4); the choice is remembered in this browser.
document.addEventListener('DOMContentLoaded', function () {
  var table = document.querySelector('.case-table');
  var toggle = document.getElementById('shortcuts-on');
  if (!toggle) {
    return;
  }
  var storageKey = 'medskapa.staffShortcuts';
  try {
    toggle.checked = window.localStorage.getItem(storageKey) !== 'off';
  } catch (e) {
    // storage unavailable: on by default
  }
  toggle.addEventListener('change', function () {
    try {
      window.localStorage.setItem(storageKey, toggle.checked ? 'on' : 'off');
    } catch (e) {
      // not remembered
    }
  });
  var rows = table ? Array.prototype.slice.call(table.querySelectorAll('tbody tr.case-row')) : [];
  var current = -1;
  function focusRow(index) {
    if (rows.length === 0) {
      return;
    }
    current = Math.max(0, Math.min(rows.length - 1, index));
    rows.forEach(function (row, i) {
      row.classList.toggle('current', i === current);
    });
    rows[current].querySelector('a.case-link').focus();
  }
  rows.forEach(function (row, i) {
    row.addEventListener('focusin', function () {
      current = i;
      rows.forEach(function (other, j) {
        other.classList.toggle('current', j === i);
      });
    });
  });
  function focusField(id) {
    var field = document.getElementById(id);
    if (field) {
      field.focus();
      return true;
    }
    return false;
  }
  document.addEventListener('keydown', function (event) {
    if (!toggle.checked || event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    var target = event.target;
    var tag = target && target.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'BUTTON' || (target && target.isContentEditable)) {
      return;
    }
    var handled = true;
    switch (event.key) {
      case 'j':
      case 'ArrowDown':
        focusRow(current + 1);
        break;
      case 'k':
      case 'ArrowUp':
        focusRow(current < 0 ? 0 : current - 1);
        break;
      case 'x':
        if (current >= 0) {
          var box = rows[current].querySelector('input[type=checkbox]');
          box.checked = !box.checked;
        } else {
          handled = false;
        }
        break;
      case 'o':
        if (current >= 0) {
          rows[current].querySelector('a.case-link').click();
        } else {
          handled = false;
        }
        break;
      case 'r':
        handled = focusField('bulk-unit');
        break;
      case 'a':
        handled = focusField('bulk-handler');
        break;
      case '/':
        handled = focusField('filter-q');
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
    }
  });
});
