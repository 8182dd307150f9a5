/*
 * The report forms (reporting/submission.xhtml, parks/filing.xhtml): how many tasks have a status ("已填 12/17 项"),
 * the fields a delayed task needs marked as soon as "滞后" is chosen, and the draft saved every so many seconds (the
 * form's data-autosave) when something was typed since — through the page's ptAutosave command.
 */
(function ($) {
    var form = document.getElementById('form');
    if (!form || !$) {
        return;
    }
    var dirty = false;

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
