package org.policytracker.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import org.policytracker.platform.persistence.VersionChanges;
import org.policytracker.platform.rest.InvalidRequestException;

/**
 * The two sent versions a page compares, chosen in its two menus (by default the one before the latest, and the
 * latest), and their comparison, fetched once per choice. A version that is not there comes back as the form's
 * message under "compare" and an empty comparison.
 */
public final class VersionChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer from;
    private Integer to;
    private int sent;
    private VersionChanges.Comparison comparison;

    /** How many versions were sent (the menus' defaults follow it); a new count forgets the comparison. */
    public void sent(int count) {
        if (count != sent) {
            this.sent = count;
            this.comparison = null;
        }
    }

    /** Forgets the comparison (the record was read again). */
    public void forget() {
        this.comparison = null;
    }

    public Integer getFrom() {
        return from != null ? from : sent == 0 ? null : Math.max(1, sent - 1);
    }

    public void setFrom(Integer from) {
        this.from = from;
        this.comparison = null;
    }

    public Integer getTo() {
        return to != null ? to : sent == 0 ? null : sent;
    }

    public void setTo(Integer to) {
        this.to = to;
        this.comparison = null;
    }

    /**
     * The comparison of the chosen versions.
     *
     * @param compare the capability's comparison, given what was chosen (null: its default)
     */
    public VersionChanges.Comparison comparison(BiFunction<Integer, Integer, VersionChanges.Comparison> compare, FormState state,
                                                Language language) {
        if (comparison == null) {
            try {
                comparison = compare.apply(from, to);
            } catch (InvalidRequestException e) {
                state.put("compare", language.message(e.messageKey(), e.args()));
                comparison = new VersionChanges.Comparison(0, 0, List.of());
            }
        }
        return comparison;
    }
}
