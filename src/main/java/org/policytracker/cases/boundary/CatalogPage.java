package org.policytracker.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policytracker.cases.control.CaseService;
import org.policytracker.cases.entity.TypicalCase;

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

    private String industry;
    private String mode;
    private String province;
    private String q;
    private List<Line> lines;
    private Map<String, Map<String, Long>> facets;

    @Transactional
    public List<Line> getLines() {
        if (lines == null) {
            lines = new ArrayList<>();
            for (TypicalCase c : cases.search(new CaseService.Filter(null, blank(industry), blank(mode), blank(province), null, blank(q)),
                    0, 500).items()) {
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
}
