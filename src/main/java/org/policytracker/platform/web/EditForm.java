package org.policytracker.platform.web;

import java.io.Serializable;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.rest.AccessDeniedException;

/**
 * What the pages that create or change one record share (plans/edit, task, target): the record is read
 * once per view — or told missing, or not the user's to change — and a save is checked as the API checks
 * it, runs the service, and leads back to the given page, or leaves the form as typed with its messages.
 */
public abstract class EditForm implements Serializable {

    private static final long serialVersionUID = 1L;

    protected final FormState state;
    private boolean loaded;
    private boolean missing;
    private boolean allowed;

    /** @param inline the field paths that have a place next to their field */
    protected EditForm(FormState.Inline inline) {
        this.state = new FormState(inline);
    }

    /** Runs {@code read} the first time only; it throws NotFound or AccessDenied when the page cannot be used. */
    protected void loadOnce(Runnable read) {
        if (loaded) {
            return;
        }
        loaded = true;
        try {
            read.run();
            allowed = true;
        } catch (NotFoundException e) {
            missing = true;
        } catch (AccessDeniedException e) {
            allowed = false;
        }
    }

    /** The outcome to go to once {@code change} went through; null (the form stays, with messages) when refused. */
    protected String save(Language language, Object request, Runnable change, String outcome) {
        if (!state.valid(language, request, "") || !state.attempt(language, change)) {
            return null;
        }
        return outcome;
    }

    public String error(String field) {
        return state.error(field);
    }

    public boolean isMissing() { return missing; }
    public boolean isAllowed() { return allowed; }
}
