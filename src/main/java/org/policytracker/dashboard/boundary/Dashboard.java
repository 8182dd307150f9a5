package org.policytracker.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.policytracker.dashboard.control.Overview;
import org.policytracker.platform.web.Language;
import org.primefaces.model.charts.ChartData;
import org.primefaces.model.charts.bar.BarChartDataSet;
import org.primefaces.model.charts.bar.BarChartModel;
import org.policytracker.platform.web.FormState;

/** The start page (index.xhtml): what the signed-in person has to do and how their cycles stand. */
@Named
@RequestScoped
public class Dashboard {

    @Inject
    Overview overview;

    @Inject
    Language language;

    private Overview.StartPage page;

    public Overview.StartPage getPage() {
        if (page == null) {
            page = overview.of(language.getLocale(), Instant.now());
        }
        return page;
    }

    /** Marks every notification shown as read; the page shows them again without the "new" mark. */
    public String markAllRead() {
        overview.markAllRead(Instant.now());
        return "/index?faces-redirect=true";
    }

    /** "还剩 12 天" / "已逾期 3 天" (days left, or overdue by). */
    public String days(long daysLeft) {
        java.util.ResourceBundle ui = java.util.ResourceBundle.getBundle("i18n.ui", language.getLocale());
        return java.text.MessageFormat.format(ui.getString(daysLeft < 0 ? "home.overdue" : "home.daysLeft"), Math.abs(daysLeft));
    }

    public String at(Instant instant) {
        return FormState.at(instant);
    }

    /** Reporting and on-time rates per organisation of the first cycle with several organisations. */
    public BarChartModel getRatesChart() {
        BarChartModel model = new BarChartModel();
        ChartData data = new ChartData();
        BarChartDataSet reporting = new BarChartDataSet();
        reporting.setLabel(language.message("report.summary.slots.reportingRate"));
        reporting.setBackgroundColor("rgba(54, 162, 235, 0.6)");
        BarChartDataSet onTime = new BarChartDataSet();
        onTime.setLabel(language.message("report.summary.slots.onTimeRate"));
        onTime.setBackgroundColor("rgba(75, 192, 120, 0.6)");
        java.util.List<Object> r = new java.util.ArrayList<>();
        java.util.List<Object> o = new java.util.ArrayList<>();
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (Overview.OrganisationRate x : getPage().firstCycleByOrganisation()) {
            labels.add(x.organisation());
            r.add(x.reportingRate() == null ? 0 : x.reportingRate());
            o.add(x.onTimeRate() == null ? 0 : x.onTimeRate());
        }
        reporting.setData(r);
        onTime.setData(o);
        data.addChartDataSet(reporting);
        data.addChartDataSet(onTime);
        data.setLabels(labels);
        model.setData(data);
        return model;
    }
}
