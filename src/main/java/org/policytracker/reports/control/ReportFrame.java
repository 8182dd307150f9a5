package org.policytracker.reports.control;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRParameter;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.security.control.AccessPolicy;

/** What every formal report carries: title, addressee, issuing organisation and date, the data moment, page label. */
@ApplicationScoped
public class ReportFrame {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The parameter carrying the issuing organisation itself (templates print {@code ISSUER}, its name). */
    public static final String ISSUER_ORGANISATION = "ISSUER_ORGANISATION";

    /** What an issued copy carries beyond a live one: its document number and issue date. */
    record Issue(String documentNumber, LocalDate date) {
    }

    private static final ThreadLocal<Issue> ISSUING = new ThreadLocal<>();

    /** Produces a report as the issued copy {@code number} of {@code date}: the frame prints both. */
    static <T> T issuing(String number, LocalDate date, java.util.function.Supplier<T> report) {
        ISSUING.set(new Issue(number, date));
        try {
            return report.get();
        } finally {
            ISSUING.remove();
        }
    }

    @Inject
    AccessPolicy access;

    /**
     * The official frame: addressee (given, else the body above the issuer), issuing organisation
     * (given, else the user's own), date, the data moment and who produced it, page label.
     */
    public Map<String, Object> official(Locale locale, String title, String subtitle, String addressee, Organisation given,
                                         Instant now) {
        Organisation issuer = given != null ? given : access.user().organisation().orElse(null);
        boolean zh = !locale.getLanguage().equals("en");
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", title);
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put("SUBTITLE", subtitle);
        Organisation above = issuer == null ? null : issuer.getParent();
        String to = addressee != null && !addressee.isBlank() ? addressee.strip()
                : above == null ? "" : (zh ? above.getNameZh() : above.getNameEn());
        p.put("ADDRESSEE", to.isEmpty() ? "" : to + (zh ? "：" : ":"));
        p.put("ISSUER", issuer == null ? "" : zh || issuer.getNameEn() == null ? issuer.getNameZh() : issuer.getNameEn());
        p.put(ISSUER_ORGANISATION, issuer);
        Issue issue = ISSUING.get();
        // a live copy has no document number: only an issued one does (docs/reports.md)
        p.put("DOCUMENT_NUMBER", issue == null ? "" : issue.documentNumber());
        LocalDate day = issue != null ? issue.date() : now.atZone(Shanghai.ZONE).toLocalDate();
        p.put("ISSUE_DATE", zh ? day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日"
                : day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
        p.put("DATA_AS_OF", Messages.get(locale, "report.dataAsOf", MOMENT.format(now.atZone(Shanghai.ZONE)),
                access.user().name() == null ? "-" : access.user().name()));
        p.put("L_PAGE", Messages.get(locale, "report.page"));
        p.put("L_ISSUED", (zh ? "" : " ") + Messages.get(locale, "report.issued"));
        return p;
    }

    /** A label of the reports' message bundle in the report's language. */
    public static String label(Locale locale, String key, Object... args) {
        return Messages.get(locale, "report." + key, args);
    }

    public static boolean chinese(Locale locale) {
        return !locale.getLanguage().equals("en");
    }
}
