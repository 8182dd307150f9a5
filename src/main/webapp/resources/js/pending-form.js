/* Puts back what a person typed into a form that could not be taken (an ended session, a forgotten page state):
   the fields come as JSON by name (platform.web.PendingForms); buttons, files and hidden fields are left alone. */
(function () {
    var kept = document.getElementById('pending-form');
    if (!kept) {
        return;
    }
    var fields = JSON.parse(kept.textContent);
    Object.keys(fields).forEach(function (name) {
        var values = fields[name];
        var elements = document.getElementsByName(name);
        for (var i = 0; i < elements.length; i++) {
            var e = elements[i];
            var type = (e.type || '').toLowerCase();
            if (type === 'checkbox' || type === 'radio') {
                e.checked = values.indexOf(e.value) >= 0;
            } else if (e.tagName === 'SELECT') {
                for (var j = 0; j < e.options.length; j++) {
                    e.options[j].selected = values.indexOf(e.options[j].value) >= 0;
                }
            } else if (type !== 'hidden' && type !== 'submit' && type !== 'button' && type !== 'file' && type !== 'password') {
                e.value = values[0];
                e.dispatchEvent(new Event('input', {bubbles: true}));
            }
        }
    });
})();
