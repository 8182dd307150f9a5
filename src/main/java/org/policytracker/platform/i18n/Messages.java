package org.policytracker.platform.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts a person reads, in Chinese (default) and English: {@code i18n/messages*.properties}.
 * Bean Validation messages live in {@code ValidationMessages*.properties}.
 */
public final class Messages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = bundle(locale);
            String pattern = bundle.getString(key);
            if (args.length == 0) {
                return pattern;
            }
            // whole numbers are ids, years, counts and line numbers: never "2,041"; a status or kind in the reader's words
            boolean english = "en".equals(supported(locale).getLanguage());
            Object[] plain = java.util.Arrays.stream(args)
                    .map(a -> a instanceof Integer || a instanceof Long || a instanceof Short ? String.valueOf(a)
                            : a instanceof Enum<?> e ? enumName(bundle, e)
                            : a instanceof Bilingual.Text t ? Bilingual.pick(t.zh(), t.en(), english, "") : a).toArray();
            return new MessageFormat(pattern, supported(locale)).format(plain);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** An enum value in the reader's words ({@code enum.SubmissionStatus.DRAFT}), else its name. */
    private static String enumName(ResourceBundle bundle, Enum<?> e) {
        String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
        return bundle.containsKey(key) ? bundle.getString(key) : e.name();
    }

    /** The messages in {@code locale}'s supported language (Chinese unless English was asked for). */
    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("i18n.messages", supported(locale), Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese unless English was asked for. */
    public static Locale supported(Locale requested) {
        if (requested != null && "en".equals(requested.getLanguage())) {
            return Locale.ENGLISH;
        }
        return CHINESE;
    }

    /** The preferred supported locale from an Accept-Language list (first match wins, Chinese by default). */
    public static Locale fromAcceptLanguage(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                if ("en".equals(l.getLanguage())) {
                    return Locale.ENGLISH;
                }
                if ("zh".equals(l.getLanguage())) {
                    return CHINESE;
                }
            }
        }
        return CHINESE;
    }
}
