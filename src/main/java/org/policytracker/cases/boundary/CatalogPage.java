package org.policytracker.cases.boundary;

import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policytracker.cases.control.CaseService;
import org.policytracker.cases.control.CaseSheet;
import org.policytracker.cases.entity.TypicalCase;
import org.policytracker.platform.excel.Xlsx;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.web.Download;
import org.policytracker.platform.web.FormState;
import org.policytracker.platform.web.Language;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;

/** The typical-case catalogue (cases/index.xhtml): every listed case, filtered by industry, mode, province and text. */
@Named
@RequestScoped
public class CatalogPage {

    /** A case as the catalogue shows it. */
    public record Line(int number, String list, int year, String unit, String industry, String province, String mode,
                       String practice) {
    }

    @Inject
    CaseService cases;

    @Inject
    AccessPolicy access;

    @Inject
    Language language;

    private String industry;
    private String mode;
    private String province;
    private String q;
    private List<Line> lines;
    private Map<String, Map<String, Long>> facets;
    private Part file;

    @Transactional
    public List<Line> getLines() {
        if (lines == null) {
            lines = new ArrayList<>();
            for (TypicalCase c : cases.search(filter(), 0, Page.EVERY).all()) {
                lines.add(new Line(c.getNumber(), c.getList().getTitleZh(), c.getList().getYear(), c.getUnitName(), c.getIndustry(),
                        c.getProvinceName(), c.getMode(), c.getPractice()));
            }
        }
        return lines;
    }

    @Transactional
    public Map<String, Map<String, Long>> getFacets() {
        if (facets == null) {
            facets = cases.facets(null);
        }
        return facets;
    }

    public List<String> values(String field) {
        return new ArrayList<>(getFacets().getOrDefault(field, Map.of()).keySet());
    }

    /** The catalogue as filtered, as an Excel workbook that reads back in. */
    @Transactional
    public void download() throws IOException {
        byte[] bytes = CaseSheet.write(cases.all(filter()));
        Download.send(bytes, Xlsx.MEDIA_TYPE, Xlsx.disposition("typical-cases.xlsx", "典型案例名单.xlsx"));
    }

    /** Takes a catalogue workbook (plan office): every bad cell listed, nothing saved until the file is clean. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            FormState.top(FacesMessage.SEVERITY_ERROR, language.message("ui.submission.chooseFile"));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            byte[] bytes = in.readNBytes(CasesResource.MAX_WORKBOOK_BYTES + 1);
            if (bytes.length > CasesResource.MAX_WORKBOOK_BYTES) {
                FormState.top(FacesMessage.SEVERITY_ERROR, language.message("attachment.tooLarge", CasesResource.MAX_WORKBOOK_BYTES / (1024 * 1024)));
                return;
            }
            CaseService.WorkbookResult r = cases.importWorkbook(bytes);
            FormState.top(FacesMessage.SEVERITY_INFO, language.message("ui.cases.imported", String.join(", ", r.createdLists()),
                    String.join(", ", r.updatedLists()), r.added(), r.changed(), r.unchanged()));
            lines = null;
            facets = null;
        } catch (InvalidRequestException e) {
            FormState.top(FacesMessage.SEVERITY_ERROR, FormState.workbookRefused(language, e));
        } catch (AccessDeniedException e) {
            FormState.top(FacesMessage.SEVERITY_ERROR, language.message(e.messageKey()));
        } catch (IOException e) {
            FormState.top(FacesMessage.SEVERITY_ERROR, e.getMessage());
        }
    }

    public boolean isCanImport() {
        return access.canEditCases();
    }

    private CaseService.Filter filter() {
        return new CaseService.Filter(null, blank(industry), blank(mode), blank(province), null, blank(q));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getIndustry() { return industry; }
    public void setIndustry(String industry) { this.industry = industry; }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = mode; }
    public String getProvince() { return province; }
    public void setProvince(String province) { this.province = province; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
