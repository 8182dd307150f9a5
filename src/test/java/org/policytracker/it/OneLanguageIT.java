package org.policytracker.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.policytracker.platform.BundleFile;
import org.policytracker.platform.i18n.Units;

/**
 * Every page speaks its reader's language. Signed in as each kind of user, a browser walks every page the menus and
 * links lead to (at most two of each page shape) and reads what a person reads there — the text, the options of every
 * list, tooltips and placeholders.
 * <ul>
 * <li>In Chinese it finds none of the words the application itself would write in English or as a code: the name of
 * any of its enum constants (POLLUTION_CONTROL, RESUBMITTED), a unit in its international form (yuan, tce, count),
 * "vs", nor any whole text that is one of its English texts; nor a list that begins with a separator or names one
 * unit twice in a row.</li>
 * <li>In English no whole text is one of the application's Chinese texts (已退回修改, 资源高效利用).</li>
 * </ul>
 * The words come from the compiled application (its enums, its unit registry, each language's own bundle files), not
 * from a list kept here. Content kept only in the other language is read as such when it carries the marker (〔英文〕,
 * [Chinese]); a part written in another language on purpose carries {@code lang} (the language switch), and a record
 * shown as stored (the audit trail's before and after) is marked {@code translate="no"}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneLanguageIT {

    @ArquillianResource
    URL base;

    private static final int PER_SHAPE = 2;
    private static final int PER_USER = 45;

    /**
     * What a person reads on the page, one text per line, without content marked as kept in the other language (the
     * marker, arguments[0]), parts marked as written in another language ({@code lang}, the language switch) or stored
     * records ({@code translate="no"}); and, apart, the text of each cell, item and heading.
     */
    private static final String READ = """
            var marker = arguments[0];
            var page = document.documentElement.lang.substring(0, 2);
            var c = document.body.cloneNode(true);
            c.querySelectorAll('script, style, noscript, textarea, [translate=no], .ui-button-icon-only .ui-button-text').forEach(function (e) { e.remove(); });
            c.querySelectorAll('[lang]').forEach(function (e) { if (e.getAttribute('lang').substring(0, 2) !== page) { e.remove(); } });
            var out = [];
            var w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
            while (w.nextNode()) {
              var t = w.currentNode.nodeValue;
              var i = t.indexOf(marker);
              if (i >= 0) { t = t.substring(0, i); }
              t = t.trim();
              if (t) { out.push(t); }
            }
            c.querySelectorAll('[title], [placeholder], [aria-label], [alt]').forEach(function (e) {
              ['title', 'placeholder', 'aria-label', 'alt'].forEach(function (a) {
                var v = e.getAttribute(a);
                if (v && v.indexOf(marker) < 0) { out.push(v.trim()); }
              });
            });
            c.querySelectorAll('input[type=submit], input[type=button]').forEach(function (e) { out.push(e.value); });
            var cells = Array.from(document.querySelectorAll('td, li, h1, h2, h3, p')).map(function (e) {
              return e.innerText.split(marker)[0].trim(); });
            return {text: out.join('\\n'), cells: cells};
            """;

    /** A page as read: where (who, which address), its texts one per line, its cells. */
    private record Page(String where, List<String> lines, List<String> cells) {
    }

    @Test
    void everyPageReadInChineseShowsNoCodeNoEnglishUnitAndNoLoneSeparator() throws Exception {
        Pattern forbidden = forbiddenWords();
        assertTrue(forbidden.matcher("缺少 POLLUTION_CONTROL").find() && forbidden.matcher("不超过 10 m³/10⁴ yuan").find()
                && !forbidden.matcher("NATL-2021-PARK-CIRCULAR 不超过 10 立方米/万元").find(), "the oracle knows what it looks for: " + forbidden);
        Set<String> english = wordsOnlyIn("en");
        List<String> found = new ArrayList<>();
        List<Page> pages = walk(false);
        for (Page page : pages) {
            String text = String.join("\n", page.lines());
            Matcher m = forbidden.matcher(text);
            while (m.find()) {
                found.add(page.where() + ": " + m.group(1) + " in «" + line(text, m.start()) + "»");
            }
            for (String line : page.lines()) {
                if (english.contains(bare(line))) {
                    found.add(page.where() + ": the application's English «" + line + "»");
                }
            }
            for (String line : page.cells()) {
                if (line.matches("(?s)^[·、,，;；].*")) {
                    found.add(page.where() + ": begins with a separator «" + line + "»");
                }
                Matcher twice = Pattern.compile("(?:^|、)([^、\\n]+)、\\1(?:、|$)", Pattern.MULTILINE).matcher(line);
                if (twice.find()) {
                    found.add(page.where() + ": names " + twice.group(1) + " twice «" + line + "»");
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " finds on " + pages.size() + " pages:\n" + String.join("\n", found));
    }

    /**
     * Every page, read in English, speaks English in the application's own words: no text on it is one of the
     * application's Chinese texts (a label, a heading, a button, a status, an enum's word) — each text compared whole,
     * so Chinese content (a city's narrative, a plan's title kept only in Chinese) is not taken for one.
     */
    @Test
    void everyPageReadInEnglishShowsNoneOfTheApplicationsChineseWords() throws Exception {
        Set<String> chinese = wordsOnlyIn("zh");
        assertTrue(chinese.contains("已退回修改") && chinese.contains("资源高效利用") && !chinese.contains("Excel"),
                "the oracle knows what it looks for: " + chinese.size() + " texts");
        List<String> found = new ArrayList<>();
        List<Page> pages = walk(true);
        for (Page page : pages) {
            for (String line : page.lines()) {
                if (chinese.contains(bare(line))) {
                    found.add(page.where() + ": the application's Chinese «" + line + "»");
                }
            }
        }
        assertTrue(found.isEmpty(), found.size() + " finds on " + pages.size() + " pages:\n" + String.join("\n", found));
    }

    /**
     * Signed in as each kind of user, in Chinese or (switched) in English, reads every page the menus and links lead
     * to, at most two of each page shape; asserts that the walk reached the pages people fill in and review.
     */
    private List<Page> walk(boolean inEnglish) throws Exception {
        List<Page> pages = new ArrayList<>();
        Set<String> shapes = new TreeSet<>();
        String marker = inEnglish ? "[Chinese]" : "〔英文〕";
        for (String user : List.of("shaanxi.office", "xian.bureau", "xetdz.committee", "inspector", "ndrc.reader")) {
            try (WebIT.Browser b = WebIT.browser(user, null)) {
                String app = Http.local(base).toString().replaceAll("/$", "");
                b.driver().get(app + "/");
                WebIT.signInOnKeycloak(b, user);
                if (inEnglish) {
                    b.driver().findElement(By.id("nav:language")).click();
                    b.await(d -> {
                        try { // the page is being replaced: ask again
                            return "en".equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang"));
                        } catch (WebDriverException replaced) {
                            return false;
                        }
                    });
                }
                Deque<String> queue = new ArrayDeque<>(List.of(app + "/index.xhtml", app + "/reports/index.xhtml?kind=PLAN_SUMMARY",
                        app + "/reports/index.xhtml?kind=PARK_SUMMARY", app + "/reports/index.xhtml?kind=TIMELINESS"));
                Set<String> seen = new LinkedHashSet<>();
                Map<String, Integer> ofShape = new HashMap<>();
                int read = 0;
                while (!queue.isEmpty() && read < PER_USER) {
                    String url = queue.poll();
                    String shape = url.replaceAll("=\\d+", "=#");
                    if (!seen.add(url) || ofShape.merge(shape, 1, Integer::sum) > PER_SHAPE) {
                        continue;
                    }
                    b.driver().get(url);
                    read++;
                    shapes.add(shape.substring(app.length()));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> page = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(READ, marker);
                    @SuppressWarnings("unchecked")
                    List<String> cells = (List<String>) page.get("cells");
                    pages.add(new Page(user + " " + url.substring(app.length()), List.of(((String) page.get("text")).split("\n")), cells));
                    @SuppressWarnings("unchecked")
                    List<String> links = (List<String>) ((JavascriptExecutor) b.driver()).executeScript(
                            "return Array.from(document.querySelectorAll('a[href]')).map(function (a) { return a.href; });");
                    for (String href : links) {
                        String h = href.replaceAll("#.*", "");
                        if (h.startsWith(app) && h.contains(".xhtml") && !h.contains("/api/")) {
                            queue.add(h);
                        }
                    }
                }
            }
        }
        assertTrue(pages.size() >= 60 && shapes.stream().anyMatch(s -> s.startsWith("/plans/plan.xhtml"))
                && shapes.stream().anyMatch(s -> s.startsWith("/reporting/submission.xhtml"))
                && shapes.stream().anyMatch(s -> s.startsWith("/parks/filing.xhtml"))
                && shapes.stream().anyMatch(s -> s.startsWith("/security/audit.xhtml")), pages.size() + " pages read: " + shapes);
        return pages;
    }

    /** A text as a label carries it: without a trailing colon or required-field mark. */
    private static String bare(String text) {
        return text.replaceAll("[\\s:：*]+$", "");
    }

    /**
     * The application's own texts in one language that its other language words differently: every value of the
     * pages' and the messages' bundles in that language's own file (i18n/ui_zh, i18n/messages_zh; English: the base
     * files) whose key the other language gives another text, without its placeholders' messages (never whole on a
     * page), each as a label carries it.
     */
    static Set<String> wordsOnlyIn(String language) throws IOException {
        Set<String> words = new TreeSet<>();
        for (String bundle : List.of("i18n/ui", "i18n/messages")) {
            Properties en = BundleFile.read(bundle + ".properties");
            Properties zh = BundleFile.read(bundle + "_zh.properties");
            Properties mine = language.equals("zh") ? zh : en;
            Properties other = language.equals("zh") ? en : zh;
            for (String key : mine.stringPropertyNames()) {
                String v = mine.getProperty(key).trim();
                if (!v.isEmpty() && !v.contains("{") && !v.equals(other.getProperty(key, "").trim())) {
                    words.add(bare(v));
                }
            }
        }
        return words;
    }


    private static String line(String text, int at) {
        int from = text.lastIndexOf('\n', at) + 1;
        int to = text.indexOf('\n', at);
        String l = text.substring(from, to < 0 ? text.length() : to);
        return l.length() > 160 ? l.substring(0, 160) + "…" : l;
    }

    /**
     * The application's own words that must not reach a Chinese reader: every constant of its enums (four letters or
     * more), every Latin word of its units' international forms, and "vs"; each as a whole word, not inside a code
     * such as NATL-2021-PARK-CIRCULAR.
     */
    static Pattern forbiddenWords() throws IOException {
        Set<String> words = new TreeSet<>();
        Path classes = Path.of("target", "classes");
        try (Stream<Path> files = Files.walk(classes.resolve("org"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, OneLanguageIT.class.getClassLoader());
                    if (c.isEnum()) {
                        for (Object e : c.getEnumConstants()) {
                            String n = ((Enum<?>) e).name();
                            if (n.length() >= 4) {
                                words.add(n);
                            }
                        }
                    }
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // a class this client cannot load (it needs the server): not an enum of the pages
                }
            }
        }
        for (String unit : Units.international()) {
            Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(unit);
            while (m.find()) {
                words.add(m.group());
            }
        }
        words.add("vs");
        assertTrue(words.size() > 100, "the application's enums were found: " + words);
        String alternatives = String.join("|", words.stream().map(Pattern::quote).toList());
        return Pattern.compile("(?<![A-Za-z0-9_.\\-])(" + alternatives + ")(?![A-Za-z0-9_.\\-])");
    }
}
