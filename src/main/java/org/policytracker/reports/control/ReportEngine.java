package org.policytracker.reports.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.i18n.Messages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
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

    /** The sRGB colour profile of the JDK, written once to a file: the output intent PDF/A asks for. */
    private static final Path SRGB = srgbProfile();

    private static Path srgbProfile() {
        try {
            Path f = Files.createTempFile("policy-tracker-srgb", ".icc");
            Files.write(f, ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("the sRGB profile for PDF/A could not be written", e);
        }
    }

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

    /** Fills the template with {@code rows} (typed detail lines) and exports it. */
    public byte[] render(String name, Map<String, Object> parameters, List<? extends ReportLine> rows, Format format) {
        return export(fill(name, parameters, rows), format, parameters);
    }

    /**
     * A report: the template filled once, exported in {@code format}; the same fill exports to the other formats
     * ({@link #export}) and its figures are kept for comparing issues ({@link Figures}).
     */
    public ReportService.Produced produce(String name, Map<String, Object> parameters, List<? extends ReportLine> rows, Format format,
                                         String fileName) {
        JasperPrint print = fill(name, parameters, rows);
        Organisation issuer = parameters.get(ReportFrame.ISSUER_ORGANISATION) instanceof Organisation o ? o : null;
        return new ReportService.Produced(export(print, format, parameters), fileName, format, print, issuer,
                (String) parameters.get("TITLE"), Figures.of(parameters, rows));
    }

    private JasperPrint fill(String name, Map<String, Object> parameters, List<? extends ReportLine> rows) {
        JasperReport template = template(name);
        rows.stream().map(Object::getClass).distinct().forEach(type -> TemplateFields.check(template, type));
        Map<String, Object> p = new HashMap<>(parameters);
        // column heads and other fixed labels: $R{report.…} from the messages, in the report's language
        p.putIfAbsent(JRParameter.REPORT_RESOURCE_BUNDLE, Messages.bundle((Locale) p.get(JRParameter.REPORT_LOCALE)));
        try {
            return JasperFillManager.fillReport(template, p, new LineSource(new ArrayList<>(rows)));
        } catch (JRException e) {
            throw new IllegalStateException("report " + name + " could not be filled", e);
        }
    }

    /** A filled report in {@code format}: PDF/A-2b, Excel with numbers as numbers, or Word. */
    public byte[] export(JasperPrint print, Format format, Map<String, Object> parameters) {
        try {
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
                    // archival by construction: every PDF is PDF/A-2b (fonts embedded, XMP, an sRGB output intent)
                    conf.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
                    conf.setIccProfilePath(SRGB.toString());
                    pdf.setConfiguration(conf);
                    pdf.exportReport();
                    return withoutCidSets(out.toByteArray());
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
            throw new IllegalStateException("report " + print.getName() + " could not be exported as " + format, e);
        }
    }

    /**
     * The PDF without the optional CIDSet of its subset fonts: the exporter lists only the glyphs it
     * kept, which PDF/A-2 (6.2.11.4.2) forbids; without one the font is conforming.
     */
    static byte[] withoutCidSets(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (COSObject o : doc.getDocument().getObjectsByType(COSName.FONT_DESC)) {
                if (o.getObject() instanceof COSDictionary d && d.containsKey(COSName.CID_SET)) {
                    d.removeItem(COSName.CID_SET);
                    changed = true;
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF just produced could not be read back", e);
        }
    }

    /** Excel allows 31 characters and no []:*?/\ in a sheet name. */
    static String sheetName(String title) {
        String s = title == null ? "Report" : title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
