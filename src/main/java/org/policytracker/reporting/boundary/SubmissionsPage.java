package org.policytracker.reporting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.policytracker.platform.web.Language;

/** The submissions list (reporting/submissions.xhtml): every report the user may see, by status. */
@Named
@RequestScoped
public class SubmissionsPage {

    @Inject
    SubmissionForms forms;

    @Inject
    Language language;

    private String status;
    private List<SubmissionForms.Line> lines;

    public List<SubmissionForms.Line> getLines() {
        if (lines == null) {
            lines = forms.list(status, language.isEnglish());
        }
        return lines;
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
}
