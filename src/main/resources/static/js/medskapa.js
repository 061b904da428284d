// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', function () {
  // Move focus to the error summary so screen-reader and keyboard users land on the errors first.
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
    return;
  }
  // The similar-cases step of the intake form: land on the question it asks.
  var similar = document.getElementById('similar-notice');
  if (similar) {
    similar.focus();
  }
});

// Similar cases while typing the title of a new case (the page works without this: the server shows them
// as a confirmation step instead).
document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('similar-cases');
  var title = document.getElementById('title');
  if (!box || !title || !window.fetch) {
    return;
  }
  var timer;
  title.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var url = box.getAttribute('data-similar-url') + '?title=' + encodeURIComponent(title.value);
      fetch(url, { credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.text() : ''; })
        .then(function (html) { box.innerHTML = html; });
    }, 400);
  });
});

// A secondary button added to a slot by script, with a status line after it that says what the button did.
function addSlotButton(slot, label) {
  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'button-secondary';
  button.textContent = label;
  var done = document.createElement('span');
  done.setAttribute('role', 'status');
  slot.appendChild(button);
  slot.appendChild(done);
  return { button: button, done: done };
}

// "Kopiera länk" beside a read-only address (the receipt); without this the address is selectable text.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-copy]').forEach(function (slot) {
    var source = document.getElementById(slot.getAttribute('data-copy'));
    if (!source || !navigator.clipboard) {
      return;
    }
    var added = addSlotButton(slot, slot.getAttribute('data-copy-label'));
    added.button.addEventListener('click', function () {
      navigator.clipboard.writeText(source.value).then(function () {
        added.done.textContent = ' ' + slot.getAttribute('data-copied-label');
      });
    });
  });
});

// "Använd min position" in the intake form's coordinates (no map tiles are loaded): where the browser can tell
// the device's position and the resident allows it, the two fields are filled with it (decimal comma in Swedish);
// otherwise nothing is added and the fields are typed as before.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-locate-latitude]').forEach(function (slot) {
    var latitude = document.getElementById(slot.getAttribute('data-locate-latitude'));
    var longitude = document.getElementById(slot.getAttribute('data-locate-longitude'));
    if (!latitude || !longitude || !navigator.geolocation) {
      return;
    }
    var added = addSlotButton(slot, slot.getAttribute('data-locate-label'));
    var button = added.button;
    var done = added.done;
    var decimal = function (value) { return value.toFixed(5).replace('.', slot.getAttribute('data-locate-separator')); };
    button.addEventListener('click', function () {
      done.textContent = ' ' + slot.getAttribute('data-locating-label');
      navigator.geolocation.getCurrentPosition(function (position) {
        latitude.value = decimal(position.coords.latitude);
        longitude.value = decimal(position.coords.longitude);
        done.textContent = ' ' + slot.getAttribute('data-located-label');
      }, function () {
        done.textContent = ' ' + slot.getAttribute('data-locate-failed-label');
      }, { timeout: 15000 });
    });
  });
});

// Check-in by QR code (meetings): where the browser has BarcodeDetector and a camera, "Skanna QR-kod" reads the
// code from the participant's confirmation mail into the search field and submits it. Without it the code (or the
// name) is typed; a phone's own camera app opens the address in the code directly.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('scan-button');
  var video = document.getElementById('scan-video');
  if (!button || !video || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  var field = document.getElementById(button.getAttribute('data-scan-for'));
  button.hidden = false;
  button.addEventListener('click', function () {
    var detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
      video.srcObject = stream;
      video.hidden = false;
      video.play();
      var look = function () {
        detector.detect(video).then(function (codes) {
          if (codes.length === 0) {
            requestAnimationFrame(look);
            return;
          }
          stream.getTracks().forEach(function (track) { track.stop(); });
          var value = codes[0].rawValue;
          var match = /[?&]q=([A-Za-z0-9]+)/.exec(value);
          field.value = match ? match[1] : value;
          field.form.submit();
        }, function () { requestAnimationFrame(look); });
      };
      look();
    }, function () { button.hidden = true; });
  });
});
