package org.policytracker.platform.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** The system's time zone: a deadline is a local date in Beijing time, every day begins and ends there. */
public final class Shanghai {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    /** Today in Beijing time. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
