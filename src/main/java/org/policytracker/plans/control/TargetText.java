package org.policytracker.plans.control;

import java.math.BigDecimal;
import java.util.Locale;
import org.policytracker.plans.entity.Relation;
import org.policytracker.plans.entity.Target;
import org.policytracker.platform.i18n.Bilingual;
import org.policytracker.platform.i18n.Units;

/**
 * A target in words, in the report's language: 2025年不超过1450万吨, 2025年较2020年下降10% — so a relative target is
 * never lost where no value is stated, and a sentence kept in only one language does not stand in for the other.
 */
public final class TargetText {

    private TargetText() {
    }

    /** The target in words: its value or its change against the baseline year, and its year. */
    public static String describe(Target t, Locale locale) {
        boolean zh = !"en".equals(locale.getLanguage());
        String what = t.getTargetValue() != null ? amount(t, locale) : relative(t, zh);
        if (what.isEmpty()) {
            return "";
        }
        return zh ? t.getTargetYear() + "年" + what : what + " by " + t.getTargetYear();
    }

    /**
     * What the target asks, without its year, for a table with a year column: 不超过14.5百万吨, 较2020年下降10%, or
     * both when the plan states both (不超过14.5百万吨（较2015年下降11.48%）).
     */
    public static String requirement(Target t, Locale locale) {
        boolean zh = !"en".equals(locale.getLanguage());
        String amount = amount(t, locale);
        String relative = relative(t, zh);
        if (amount.isEmpty() || relative.isEmpty()) {
            return amount + relative;
        }
        return zh ? amount + "（" + relative + "）" : amount + " (" + relative + ")";
    }

    /** The stated value with its relation and unit (empty when the target states none). */
    private static String amount(Target t, Locale locale) {
        if (t.getTargetValue() == null) {
            return "";
        }
        boolean zh = !"en".equals(locale.getLanguage());
        String unit = Units.of(t.getIndicator().getUnit(), locale);
        String value = plain(t.getTargetValue());
        if (zh) {
            return relationZh(t.getRelation()) + value + ("%".equals(unit) ? "%" : unit == null ? "" : unit);
        }
        return relationEn(t.getRelation()) + " " + value + (unit == null || unit.isBlank() ? "" : "%".equals(unit) ? "%" : " " + unit);
    }

    /** A relative target alone: 较2020年下降10% / −10 % vs 2020 (empty when the target states a value). */
    public static String relative(Target t, boolean zh) {
        BigDecimal change = t.getRelativeChangePercent();
        if (change == null) {
            return "";
        }
        String base = t.getBaselineYear() == null ? "" : String.valueOf(t.getBaselineYear());
        String amount = plain(change.abs());
        if (zh) {
            return (base.isEmpty() ? "较基期" : "较" + base + "年") + (change.signum() < 0 ? "下降" : "提高") + amount + "%";
        }
        return (change.signum() < 0 ? "−" : "+") + amount + " %" + (base.isEmpty() ? "" : " vs " + base);
    }

    /** The plan's sentence when it is in the report's language, else the target in words. */
    public static String sentence(Target t, Locale locale) {
        String s = t.getStatement();
        boolean zh = !"en".equals(locale.getLanguage());
        if (s != null && !s.isBlank() && Bilingual.isChinese(s) == zh) {
            return s;
        }
        return describe(t, locale);
    }


    private static String relationZh(Relation r) {
        return switch (r) {
            case AT_MOST -> "不超过";
            case AT_LEAST -> "不低于";
            case ABOUT -> "约";
            case EQUAL -> "达到";
        };
    }

    private static String relationEn(Relation r) {
        return switch (r) {
            case AT_MOST -> "at most";
            case AT_LEAST -> "at least";
            case ABOUT -> "about";
            case EQUAL -> "equal to";
        };
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }
}
