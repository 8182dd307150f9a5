package org.policytracker.platform.i18n;

/**
 * A text kept in Chinese and English, shown in the reader's language; when it exists only in the other one it is
 * shown with a small marker (〔英文〕 / [Chinese]) rather than left blank.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /**
     * A name kept in both languages, as a message's argument: the message names it in its reader's language
     * ({@code Messages.get} picks), so a service can name an organisation or a task without knowing who reads.
     */
    public record Text(String zh, String en) implements java.io.Serializable {
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

    /**
     * A text kept in one language only (a task's description, a deadline as the plan wrote it, a target's sentence):
     * as it is when it is in the reader's language or carries no words, else with the other language's marker.
     */
    public static String content(String text, boolean english) {
        if (text == null || text.isBlank()) {
            return text;
        }
        if (isChinese(text)) {
            return english ? "[Chinese] " + text : text;
        }
        boolean words = text.codePoints().anyMatch(c -> Character.isLetter(c));
        return english || !words ? text : "〔英文〕" + text;
    }

    /** Whether the text has Chinese characters in it (then it counts as Chinese). */
    public static boolean isChinese(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
