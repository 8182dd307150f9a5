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
import org.openqa.selenium.JavascriptExecutor;
import org.policytracker.platform.i18n.Units;

/**
 * Every page, read in Chinese, speaks Chinese: signed in as each kind of user, a browser walks every page the
 * menus and links lead to (at most two of each page shape) and reads what a person reads there — the text, the
 * options of every list, tooltips and placeholders — and finds none of the words the application itself would
 * write in English or as a code: the name of any of its enum constants (POLLUTION_CONTROL, RESUBMITTED), a unit
 * in its international form (yuan, tce, count), "vs"; nor a list that begins with a separator or names one unit
 * twice in a row. The forbidden words come from the compiled application (its enums, its unit registry), not from
 * a list kept here. Content kept only in the other language is read as such when it carries the marker 〔英文〕,
 * and a record shown as stored (the audit trail's before and after) is marked {@code translate="no"}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OneLanguageIT {

    @ArquillianResource
    URL base;

    private static final int PER_SHAPE = 2;
    private static final int PER_USER = 45;

    /** What a person reads on the page, one text per line, without marked foreign content or stored records. */
    private static final String READ = """
            var c = document.body.cloneNode(true);
            c.querySelectorAll('script, style, noscript, textarea, [translate=no], .ui-button-icon-only .ui-button-text').forEach(function (e) { e.remove(); });
            var out = [];
            var w = document.createTreeWalker(c, NodeFilter.SHOW_TEXT);
            while (w.nextNode()) {
              var t = w.currentNode.nodeValue;
              var i = t.indexOf('〔英文〕');
              if (i >= 0) { t = t.substring(0, i); }
              t = t.trim();
              if (t) { out.push(t); }
            }
            c.querySelectorAll('[title], [placeholder], [aria-label], [alt]').forEach(function (e) {
              ['title', 'placeholder', 'aria-label', 'alt'].forEach(function (a) {
                var v = e.getAttribute(a);
                if (v && v.indexOf('〔英文〕') < 0) { out.push(v.trim()); }
              });
            });
            c.querySelectorAll('input[type=submit], input[type=button]').forEach(function (e) { out.push(e.value); });
            var cells = Array.from(document.querySelectorAll('td, li, h1, h2, h3, p')).map(function (e) {
              return e.innerText.split('〔英文〕')[0].trim(); });
            return {text: out.join('\\n'), cells: cells};
            """;

    @Test
    void everyPageReadInChineseShowsNoCodeNoEnglishUnitAndNoLoneSeparator() throws Exception {
        Pattern forbidden = forbiddenWords();
        assertTrue(forbidden.matcher("缺少 POLLUTION_CONTROL").find() && forbidden.matcher("不超过 10 m³/10⁴ yuan").find()
                && !forbidden.matcher("NATL-2021-PARK-CIRCULAR 不超过 10 立方米/万元").find(), "the oracle knows what it looks for: " + forbidden);
        List<String> found = new ArrayList<>();
        Set<String> shapes = new TreeSet<>();
        int pages = 0;
        for (String user : List.of("shaanxi.office", "xian.bureau", "xetdz.committee", "inspector", "ndrc.reader")) {
            try (WebIT.Browser b = WebIT.browser(user, null)) {
                String app = Http.local(base).toString().replaceAll("/$", "");
                b.driver().get(app + "/");
                WebIT.signInOnKeycloak(b, user);
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
                    Map<String, Object> page = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(READ);
                    String text = (String) page.get("text");
                    String where = user + " " + url.substring(app.length());
                    Matcher m = forbidden.matcher(text);
                    while (m.find()) {
                        found.add(where + ": " + m.group(1) + " in «" + line(text, m.start()) + "»");
                    }
                    @SuppressWarnings("unchecked")
                    List<String> cells = (List<String>) page.get("cells");
                    for (String line : cells) {
                        if (line.matches("(?s)^[·、,，;；].*")) {
                            found.add(where + ": begins with a separator «" + line + "»");
                        }
                        Matcher twice = Pattern.compile("(?:^|、)([^、\\n]+)、\\1(?:、|$)", Pattern.MULTILINE).matcher(line);
                        if (twice.find()) {
                            found.add(where + ": names " + twice.group(1) + " twice «" + line + "»");
                        }
                    }
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
                pages += read;
            }
        }
        assertTrue(pages >= 60 && shapes.stream().anyMatch(s -> s.startsWith("/plans/plan.xhtml"))
                && shapes.stream().anyMatch(s -> s.startsWith("/reporting/submission.xhtml"))
                && shapes.stream().anyMatch(s -> s.startsWith("/parks/filing.xhtml"))
                && shapes.stream().anyMatch(s -> s.startsWith("/security/audit.xhtml")), pages + " pages read: " + shapes);
        assertTrue(found.isEmpty(), found.size() + " finds on " + pages + " pages:\n" + String.join("\n", found));
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
