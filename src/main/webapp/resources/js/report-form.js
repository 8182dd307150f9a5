/*
 * The report forms (reporting/submission.xhtml, parks/filing.xhtml): how far the form is filled in — on a progress
 * report how many tasks have a status ("已填 12/17 项"), on a park filing how many of the fields marked * have a value
 * ("已填 15/17 项必填内容": the page's #needed is there) —, the fields a delayed task needs marked as soon as "滞后" is
 * chosen, and the draft saved every so many seconds (the form's data-autosave) when something was typed since —
 * through the page's ptAutosave command.
 */
(function ($) {
    var form = document.getElementById('form');
    if (!form || !$) {
        return;
    }
    var dirty = false;

    // the field a * stands for: the one its label (just before it) names; a menu's label names a part of it (X_label),
    // its value is in its hidden X_input
    function fieldOf(mark) {
        var label = mark.previousElementSibling;
        if (!label || label.tagName !== 'LABEL' || !label.htmlFor) {
            return null;
        }
        var id = label.htmlFor.replace(/_(focus|label|input)$/, '');
        return document.getElementById(id + '_input') || document.getElementById(id);
    }

    function requiredFilled(needed) {
        var filled = 0, fields = 0;
        form.querySelectorAll('.required').forEach(function (mark) {
            var field = fieldOf(mark);
            if (field) {
                fields++;
                var done = Boolean(field.value && field.value.trim());
                if (done) {
                    filled++;
                }
                mark.classList.toggle('done', done); // a red * is still missing, a grey one has its value
            }
        });
        needed.textContent = String(fields);
        return filled;
    }

    function refresh() {
        var filled = 0;
        form.querySelectorAll('select[id$=":status_input"]').forEach(function (s) {
            if (s.value) {
                filled++;
            }
            var section = s.closest('section.task-report');
            if (section) {
                section.classList.toggle('task-delayed', s.value === 'DELAYED');
            }
        });
        var needed = document.getElementById('needed');
        if (needed) {
            filled = requiredFilled(needed);
        }
        var count = document.getElementById('filled');
        if (count) {
            count.textContent = String(filled);
        }
    }

    // PrimeFaces sets its menus through jQuery: listen the same way to see those changes too
    $(form).on('input change', function () {
        dirty = true;
        refresh();
    });

    window.ptAutosaveNow = function () {
        if (dirty && typeof window.ptAutosave === 'function') {
            dirty = false;
            window.ptAutosave();
        }
    };
    var seconds = parseInt(form.getAttribute('data-autosave'), 10);
    if (seconds > 0) {
        setInterval(window.ptAutosaveNow, seconds * 1000);
    }
    refresh();
})(window.jQuery);
