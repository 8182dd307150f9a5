package org.policytracker.importing.control;

import org.policytracker.platform.io.Archives;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A plan document as paragraphs: from plain text (one paragraph per non-empty line) or from a Word
 * .docx (its paragraphs and table cells, tabs and breaks as spaces). Repeated text — a web page that holds
 * the plan two or three times — is recognised: a run of paragraphs that repeats an earlier run is left
 * out and reported in {@link #repeats()}.
 */
public final class PlanDocument {

    /** A run of paragraphs that repeated an earlier one ({@code from}..{@code to} repeats from {@code original}). */
    public record Repeat(int from, int to, int original) {
    }

    /** How many paragraphs in a row must repeat before they count as repeated text (a single line may well recur). */
    static final int MIN_REPEAT = 4;

    private final List<String> paragraphs;
    private final List<Repeat> repeats;

    private PlanDocument(List<String> all) {
        List<String> kept = new ArrayList<>();
        List<Repeat> found = new ArrayList<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<String> keys = all.stream().map(PlanDocument::key).toList();
        int i = 0;
        while (i < all.size()) {
            Integer j = firstAt.get(keys.get(i));
            int run = 0;
            if (j != null) {
                while (i + run < all.size() && j + run < i && keys.get(i + run).equals(keys.get(j + run))) {
                    run++;
                }
            }
            if (run >= MIN_REPEAT) {
                found.add(new Repeat(i, i + run - 1, j));
                i += run;
                continue;
            }
            firstAt.putIfAbsent(keys.get(i), i);
            kept.add(all.get(i));
            i++;
        }
        this.paragraphs = List.copyOf(kept);
        this.repeats = List.copyOf(found);
    }

    private static String key(String paragraph) {
        return paragraph.replaceAll("[\\s\\p{Punct}，。、；：（）〔〕【】“”《》]+", "").toLowerCase();
    }

    public static PlanDocument ofText(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) {
            String p = clean(line);
            if (!p.isEmpty()) {
                lines.add(p);
            }
        }
        return new PlanDocument(lines);
    }

    /**
     * A .docx (Office Open XML) document's paragraphs in reading order, those of its tables cell by cell (Apache POI's
     * XWPF, the archive checked within the upload limits first); an unreadable file is refused with an IOException.
     */
    public static PlanDocument ofDocx(byte[] docx) throws IOException {
        if (!Archives.names(docx).contains("word/document.xml")) {
            throw new IOException("not a Word document: word/document.xml missing");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> lines = new ArrayList<>();
            paragraphs(doc.getBodyElements(), lines);
            return new PlanDocument(lines);
        } catch (RuntimeException e) {
            // POI's refusals of a damaged or foreign file are unchecked
            throw new IOException("not a readable Word document: " + e.getMessage(), e);
        }
    }

    /** The text of each paragraph (tabs and breaks as spaces), tables' cells and content controls included, in order. */
    private static void paragraphs(List<IBodyElement> elements, List<String> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                String line = clean(p.getText());
                if (!line.isEmpty()) {
                    out.add(line);
                }
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs(cell.getBodyElements(), out);
                    }
                }
            } else if (e instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\n")) {
                    if (!clean(line).isEmpty()) {
                        out.add(clean(line));
                    }
                }
            }
        }
    }

    /** Reads a file's bytes as .docx when it is a zip, else as UTF-8 text (a BOM is dropped). */
    public static PlanDocument of(byte[] content) throws IOException {
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            return ofDocx(content);
        }
        String text = new String(content, StandardCharsets.UTF_8);
        return ofText(text.startsWith("\uFEFF") ? text.substring(1) : text);
    }

    public static PlanDocument of(InputStream in) throws IOException {
        return of(in.readAllBytes());
    }

    private static String clean(String s) {
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').replaceAll("\\s+", " ").strip();
    }

    public List<String> paragraphs() {
        return paragraphs;
    }

    public List<Repeat> repeats() {
        return repeats;
    }
}
