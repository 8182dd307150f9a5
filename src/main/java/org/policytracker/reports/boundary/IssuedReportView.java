package org.policytracker.reports.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.reports.control.Figures;
import org.policytracker.reports.control.IssuedReports;
import org.policytracker.reports.entity.IssuedReport;
import org.policytracker.reports.entity.IssuedReportKind;

/** An issued report as the API shows it: its number and date, its files with their SHA-256, what changed since the last issue. */
public record IssuedReportView(Long id, IssuedReportKind kind, long subjectId, String period, String language,
                               String documentNumber, LocalDate issueDate, Instant issuedAt, String issuedBy, IssuerRef issuer,
                               String title, String addressee, Long previousId, String previousNumber, List<FileView> files,
                               List<Figures.Change> changes) {

    /** The issuing organisation. */
    public record IssuerRef(Long id, String code, String nameZh, String nameEn) {
        static IssuerRef of(Organisation o) {
            return new IssuerRef(o.getId(), o.getCode(), o.getNameZh(), o.getNameEn());
        }
    }

    /** One file as issued: where to download it, its size and SHA-256 (the same on every download). */
    public record FileView(String format, String fileName, long size, String sha256, String href) {
    }

    public static IssuedReportView of(IssuedReports.Issued i) {
        return of(i.report(), i.changes());
    }

    public static IssuedReportView of(IssuedReport r, List<Figures.Change> changes) {
        return new IssuedReportView(r.getId(), r.getKind(), r.getSubjectId(), r.getPeriod(), r.getLanguage(), r.getDocumentNumber(),
                r.getIssueDate(), r.getIssuedAt(), r.getIssuedBy(), IssuerRef.of(r.getIssuer()), r.getTitle(), r.getAddressee(),
                r.getPrevious() == null ? null : r.getPrevious().getId(),
                r.getPrevious() == null ? null : r.getPrevious().getDocumentNumber(),
                r.getFiles().stream().map(f -> new FileView(f.getFormat(), f.getFileName(), f.getSize(), f.getSha256(),
                        "reports/issued/" + r.getId() + "/files/" + f.getFormat().toLowerCase(java.util.Locale.ROOT))).toList(),
                changes);
    }
}
