/*
 * Autosave of a toolbox contribution: when a field of the form changed, the draft is saved
 * (Ajax, through the hidden "autosave" button) when the field loses focus and every 30 seconds.
 * Never while the form is being sent by one of its own buttons, so a save cannot race a submit.
 */
(function () {
    var form = document.getElementById('contribution');
    var trigger = document.getElementById('contribution:autosave');
    if (!form || !trigger) {
        return;
    }
    var dirty = false;
    var leaving = false;
    function changed() {
        dirty = true;
    }
    function save() {
        if (dirty && !leaving) {
            dirty = false;
            trigger.click();
        }
    }
    form.addEventListener('input', changed);
    form.addEventListener('change', changed);
    form.addEventListener('focusout', function (event) {
        var next = event.relatedTarget;
        if (next && next.form === form && next.type === 'submit') {
            return; // the person is about to press a button of the form: it saves by itself
        }
        save();
    });
    form.addEventListener('submit', function () {
        leaving = true;
    });
    window.setInterval(save, 30000);
})();
