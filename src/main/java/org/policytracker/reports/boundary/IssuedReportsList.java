package org.policytracker.reports.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.List;
import org.policytracker.reports.control.IssuedReports;

/** The issued reports the user may read, newest first: on the reports page and a national reader's start page. */
@Named
@RequestScoped
public class IssuedReportsList {

    @Inject
    IssuedReports issued;

    private List<IssuedReportView> latest;

    @Transactional
    public List<IssuedReportView> getLatest() {
        if (latest == null) {
            latest = issued.list(null, null, 0, 50).items().stream().map(r -> IssuedReportView.of(r, List.of())).toList();
        }
        return latest;
    }

    /** The first twelve hex digits of a SHA-256, enough to compare two copies by eye (the whole one in the title). */
    public String shortHash(String sha256) {
        return sha256 == null || sha256.length() < 12 ? sha256 : sha256.substring(0, 12) + "…";
    }
}
