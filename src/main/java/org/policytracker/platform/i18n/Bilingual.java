package org.policytracker.platform.i18n;

/**
 * A text kept in Chinese and English, shown in the reader's language; when it exists only in the other one it is
 * shown with a small marker (〔英文〕 / [Chinese]) rather than left blank.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /** {@code zh} or {@code en} for the reader ({@code english}), the other one marked, else {@code fallback} (may be null). */
    public static String pick(String zh, String en, boolean english, String fallback) {
        String mine = english ? en : zh;
        String other = english ? zh : en;
        if (mine != null && !mine.isBlank()) {
            return mine;
        }
        if (other != null && !other.isBlank()) {
            return (english ? "[Chinese] " : "〔英文〕") + other;
        }
        return fallback;
    }
}
