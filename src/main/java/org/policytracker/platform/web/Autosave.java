package org.policytracker.platform.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A form's quiet save (the page calls it every 30 s when something was typed, report-form.js): when it last went,
 * or a note that it did not — the reasons show by the fields, as after "save".
 */
public final class Autosave implements Serializable {

    private static final long serialVersionUID = 1L;

    private Instant saved;
    private boolean tried;

    /** Saves through {@code save} (true: saved) and remembers the outcome. */
    public void run(BooleanSupplier save) {
        saved = save.getAsBoolean() ? Instant.now() : null;
        tried = true;
    }

    /** What the form's bar says: nothing yet, the time of the last quiet save, or that it failed. */
    public String status(Language language) {
        if (!tried) {
            return "";
        }
        return saved == null ? language.message("ui.submission.autosaveFailed")
                : language.message("ui.submission.autosaved", FormState.at(saved));
    }
}
