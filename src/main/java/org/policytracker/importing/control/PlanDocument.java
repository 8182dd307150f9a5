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
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A plan document as paragraphs: from plain text (one paragraph per non-empty line) or from a Word
 * .docx (its {@code w:p} paragraphs, tabs and breaks as spaces). Repeated text — a web page that holds
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

    /** A .docx (Office Open XML) document's paragraphs; an unreadable file is refused with an IOException. */
    public static PlanDocument ofDocx(byte[] docx) throws IOException {
        byte[] xml = Archives.parts(docx, name -> name.equals("word/document.xml")).get("word/document.xml");
        if (xml == null) {
            throw new IOException("not a Word document: word/document.xml missing");
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
            String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
            NodeList ps = doc.getElementsByTagNameNS(w, "p");
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < ps.getLength(); i++) {
                StringBuilder b = new StringBuilder();
                text(ps.item(i), w, b);
                String p = clean(b.toString());
                if (!p.isEmpty()) {
                    lines.add(p);
                }
            }
            return new PlanDocument(lines);
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("not a readable Word document: " + e.getMessage(), e);
        }
    }

    private static void text(Node n, String w, StringBuilder b) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && w.equals(e.getNamespaceURI())) {
                switch (e.getLocalName()) {
                    case "t" -> b.append(e.getTextContent());
                    case "tab", "br", "cr" -> b.append(' ');
                    case "p" -> { } // a nested paragraph (text box) is a paragraph of its own
                    default -> text(e, w, b);
                }
            } else if (c instanceof Element e) {
                text(e, w, b);
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
