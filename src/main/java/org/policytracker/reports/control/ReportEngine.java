package org.policytracker.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;

/**
 * Fills the JasperReports templates of {@code reports/} and exports them as PDF (the CJK font
 * embedded), Excel (numbers as numbers) or Word. Each template is compiled once, the first time it
 * is used, and kept.
 */
@ApplicationScoped
public class ReportEngine {

    /** The formats a report comes in. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** Every template of {@code reports/} (ReportEngineTest checks the list against the folder). */
    public static final List<String> TEMPLATES = List.of("timeliness-ranking", "plan-summary", "indicator-attainment",
            "park-summary", "park-progress");

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    /** Compiles all templates and produces one empty PDF, which loads and embeds the font once. */
    public void warmUp() {
        TEMPLATES.forEach(this::template);
        render("plan-summary", Map.of("TITLE", "warm-up", "L_PAGE", "{0}"), List.of(), Format.PDF);
    }

    /** The compiled template {@code reports/<name>.jrxml}. */
    public JasperReport template(String name) {
        return compiled.computeIfAbsent(name, n -> {
            try (InputStream in = ReportEngine.class.getClassLoader().getResourceAsStream("reports/" + n + ".jrxml")) {
                if (in == null) {
                    throw new IllegalStateException("no report template reports/" + n + ".jrxml");
                }
                return JasperCompileManager.compileReport(in);
            } catch (JRException | IOException e) {
                throw new IllegalStateException("report template " + n + " does not compile", e);
            }
        });
    }

    /** Fills the template with {@code rows} (one map per detail line) and exports it. */
    public byte[] render(String name, Map<String, Object> parameters, List<Map<String, ?>> rows, Format format) {
        try {
            JasperPrint print = JasperFillManager.fillReport(template(name), new java.util.HashMap<>(parameters),
                    new JRMapCollectionDataSource(new java.util.ArrayList<>(rows)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            switch (format) {
                case PDF -> {
                    JRPdfExporter pdf = new JRPdfExporter();
                    pdf.setExporterInput(new SimpleExporterInput(print));
                    pdf.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimplePdfExporterConfiguration conf = new SimplePdfExporterConfiguration();
                    conf.setMetadataTitle((String) parameters.get("TITLE"));
                    conf.setMetadataAuthor((String) parameters.get("ISSUER"));
                    conf.setMetadataCreator("Policy Tracker");
                    pdf.setConfiguration(conf);
                    pdf.exportReport();
                }
                case XLSX -> {
                    JRXlsxExporter xlsx = new JRXlsxExporter();
                    xlsx.setExporterInput(new SimpleExporterInput(print));
                    xlsx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    SimpleXlsxReportConfiguration conf = new SimpleXlsxReportConfiguration();
                    conf.setDetectCellType(true);
                    conf.setOnePagePerSheet(false);
                    conf.setRemoveEmptySpaceBetweenRows(true);
                    conf.setSheetNames(new String[] {sheetName((String) parameters.get("TITLE"))});
                    xlsx.setConfiguration(conf);
                    xlsx.exportReport();
                }
                case DOCX -> {
                    JRDocxExporter docx = new JRDocxExporter();
                    docx.setExporterInput(new SimpleExporterInput(print));
                    docx.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
                    docx.exportReport();
                }
            }
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("report " + name + " could not be produced", e);
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String title) {
        String s = title == null ? "Report" : title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
