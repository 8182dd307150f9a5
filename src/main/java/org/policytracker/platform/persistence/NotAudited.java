package org.policytracker.platform.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity or a field the audit trail leaves out, with the reason (the audit entries themselves; a file's bytes,
 * whose checksum is recorded with the attachment). Everything else is recorded.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface NotAudited {

    /** Why leaving it out loses nothing. */
    String value();
}
