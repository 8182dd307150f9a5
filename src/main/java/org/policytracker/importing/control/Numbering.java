package org.policytracker.importing.control;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers that open a plan's headings and items, in Chinese and English, by family — the family,
 * not the exact style, gives the level, because translations mix styles at one level ("(1) guiding
 * ideology", "(II) overall objectives"):
 * <ul>
 * <li>{@link Family#CHAPTER}: 一、 二、 / I. II.</li>
 * <li>{@link Family#PAREN}: （一） （二） / (I) (II) / (1) (2)</li>
 * <li>{@link Family#ITEM}: 1. 2. / 1、 / 1．</li>
 * <li>{@link Family#CIRCLED}: ① ②</li>
 * <li>{@link Family#LETTER}: (a) (b) / a) b) — English sub-items</li>
 * </ul>
 */
public final class Numbering {

    public enum Family { CHAPTER, PAREN, ITEM, CIRCLED, LETTER }

    /** A numbered paragraph: its family, the number's value, the number as written, and the text after it. */
    public record Numbered(Family family, int value, String label, String rest) {
    }

    private static final String CN = "[一二三四五六七八九十百]+";
    private static final String ROMAN = "(?:X{0,3})(?:IX|IV|V?I{0,3})";
    private static final Pattern CHAPTER_CN = Pattern.compile("^(" + CN + ")[、.．]\\s*(.*)$");
    private static final Pattern CHAPTER_EN = Pattern.compile("^(" + ROMAN + ")\\.\\s+(\\S.*)$");
    private static final Pattern PAREN = Pattern.compile("^[（(]\\s*(" + CN + "|" + ROMAN + "|\\d{1,2})\\s*[）)]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\s*[.．、](?!\\d)\\s*(.*)$");
    private static final Pattern LETTER = Pattern.compile("^(?:[（(]([a-z])[）)]|([a-z])\\))\\s+(\\S.*)$");
    private static final Pattern CIRCLED = Pattern.compile("^([①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\\s*(.*)$");

    private Numbering() {
    }

    /** A list whose first item runs on from its introduction: "The main results are as follows: (1) …". */
    private static final Pattern INLINE_FIRST = Pattern.compile("^(.{0,120}?[:：])\\s*[（(]\\s*(1|一|I)\\s*[）)]\\s*(.+)$");

    public static Optional<Numbered> of(String paragraph) {
        Optional<Numbered> n = plain(paragraph);
        if (n.isPresent()) {
            return n;
        }
        Matcher m = INLINE_FIRST.matcher(paragraph);
        if (m.matches()) {
            return Optional.of(new Numbered(Family.PAREN, 1, "(" + m.group(2) + ")", m.group(3)));
        }
        return Optional.empty();
    }

    private static final Pattern ITEM_BEFORE_DIGITS = Pattern.compile("^(\\d{1,2})[.．](\\d+[\\p{IsHan}“\"].*)$");

    /**
     * An item whose text begins with a figure ("11.121人才梯队项目"), which reads like a decimal: an item only where the
     * list it would continue is open at the number before it — the caller knows.
     */
    public static Optional<Numbered> itemBeforeDigits(String paragraph) {
        Matcher m = ITEM_BEFORE_DIGITS.matcher(paragraph);
        return m.matches() ? Optional.of(new Numbered(Family.ITEM, Integer.parseInt(m.group(1)), m.group(1), m.group(2))) : Optional.empty();
    }

    /** The number {@code value} written as {@code like} writes its own ("(一)" → "(三)", "III." style for chapters …). */
    public static String relabel(int value, Numbered like) {
        String l = like.label();
        String inner = l.replaceAll("[()（）]", "");
        String written;
        if (inner.chars().allMatch(Character::isDigit)) {
            written = String.valueOf(value);
        } else if (inner.matches("[IVXLC]+")) {
            written = toRoman(value);
        } else if (inner.matches("[一二三四五六七八九十百]+")) {
            written = toChinese(value);
        } else if (inner.matches("[a-z]") && value >= 1 && value <= 26) {
            written = String.valueOf((char) ('a' + value - 1));
        } else {
            return null;
        }
        return l.startsWith("(") || l.startsWith("（") ? "(" + written + ")" : written;
    }

    static String toRoman(int v) {
        String[] t = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
        String[] o = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return v >= 100 ? String.valueOf(v) : t[v / 10] + o[v % 10];
    }

    static String toChinese(int v) {
        String d = "零一二三四五六七八九";
        if (v < 10) {
            return String.valueOf(d.charAt(v));
        }
        if (v < 20) {
            return "十" + (v % 10 == 0 ? "" : String.valueOf(d.charAt(v % 10)));
        }
        return v < 100 ? d.charAt(v / 10) + "十" + (v % 10 == 0 ? "" : String.valueOf(d.charAt(v % 10))) : String.valueOf(v);
    }

    private static Optional<Numbered> plain(String paragraph) {
        Matcher m = CHAPTER_CN.matcher(paragraph);
        if (m.matches()) {
            return Optional.of(new Numbered(Family.CHAPTER, chinese(m.group(1)), m.group(1), m.group(2)));
        }
        m = CHAPTER_EN.matcher(paragraph);
        if (m.matches() && !m.group(1).isEmpty()) {
            return Optional.of(new Numbered(Family.CHAPTER, roman(m.group(1)), m.group(1), m.group(2)));
        }
        m = PAREN.matcher(paragraph);
        if (m.matches() && !m.group(1).isEmpty()) {
            return Optional.of(new Numbered(Family.PAREN, value(m.group(1)), "(" + m.group(1) + ")", m.group(2)));
        }
        m = ITEM.matcher(paragraph);
        if (m.matches()) {
            return Optional.of(new Numbered(Family.ITEM, Integer.parseInt(m.group(1)), m.group(1), m.group(2)));
        }
        m = LETTER.matcher(paragraph);
        if (m.matches()) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2);
            return Optional.of(new Numbered(Family.LETTER, letter.charAt(0) - 'a' + 1, "(" + letter + ")", m.group(3)));
        }
        m = CIRCLED.matcher(paragraph);
        if (m.matches()) {
            return Optional.of(new Numbered(Family.CIRCLED, "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".indexOf(m.group(1)) + 1, m.group(1), m.group(2)));
        }
        return Optional.empty();
    }

    private static int value(String n) {
        if (n.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(n);
        }
        if (n.matches(ROMAN)) {
            return roman(n);
        }
        return chinese(n);
    }

    static int roman(String r) {
        int total = 0;
        int prev = 0;
        for (int i = r.length() - 1; i >= 0; i--) {
            int v = switch (r.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }

    static int chinese(String c) {
        String digits = "零一二三四五六七八九";
        if (c.length() == 1 && c.charAt(0) != '十' && c.charAt(0) != '百') {
            return digits.indexOf(c.charAt(0));
        }
        int total = 0;
        int current = 0;
        for (char ch : c.toCharArray()) {
            int d = digits.indexOf(ch);
            if (d >= 0) {
                current = d;
            } else if (ch == '十') {
                total += (current == 0 ? 1 : current) * 10;
                current = 0;
            } else if (ch == '百') {
                total += (current == 0 ? 1 : current) * 100;
                current = 0;
            }
        }
        return total + current;
    }
}
