package org.policytracker.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.policytracker.platform.i18n.Bilingual;

/** A text in the reader's language; one kept only in the other language is shown marked, never blank. */
class BilingualTest {

    @Test
    void theReadersLanguageFirstTheOtherMarkedThenTheFallback() {
        assertEquals("强化用水总量和强度管控", Bilingual.pick("强化用水总量和强度管控", "Control total water use", false, "x"));
        assertEquals("Control total water use", Bilingual.pick("强化用水总量和强度管控", "Control total water use", true, "x"));
        assertEquals("〔英文〕Control total water use", Bilingual.pick(null, "Control total water use", false, "x"));
        assertEquals("[Chinese] 强化用水总量和强度管控", Bilingual.pick("强化用水总量和强度管控", " ", true, "x"));
        assertEquals("推进污水资源化…", Bilingual.pick(" ", null, false, "推进污水资源化…"));
        assertNull(Bilingual.pick(null, null, true, null));
    }

    @Test
    void aOneLanguageTextIsMarkedWhereItIsForeign() {
        assertEquals("长期坚持", Bilingual.content("长期坚持", false));
        assertEquals("[Chinese] 长期坚持", Bilingual.content("长期坚持", true));
        assertEquals("〔英文〕continue to advance.", Bilingual.content("continue to advance.", false));
        assertEquals("continue to advance.", Bilingual.content("continue to advance.", true));
        assertEquals("2025-12-31", Bilingual.content("2025-12-31", false), "no words, nothing to mark");
        assertNull(Bilingual.content(null, false));
    }

    /** A name kept in both languages goes to a message as both: the message picks its reader's. */
    @Test
    void aMessageNamesInItsReadersLanguage() {
        Bilingual.Text park = new Bilingual.Text("西安经济技术开发区", "Xi'an Economic and Technological Development Zone");
        String en = org.policytracker.platform.i18n.Messages.get(java.util.Locale.ENGLISH, "filing.noApprovedPlan", park, 2025);
        String zh = org.policytracker.platform.i18n.Messages.get(java.util.Locale.CHINESE, "filing.noApprovedPlan", park, 2025);
        org.junit.jupiter.api.Assertions.assertTrue(en.contains("Xi'an Economic") && !en.contains("西安"), en);
        org.junit.jupiter.api.Assertions.assertTrue(zh.contains("西安经济技术开发区") && !zh.contains("Xi'an"), zh);
        String onlyChinese = org.policytracker.platform.i18n.Messages.get(java.util.Locale.ENGLISH, "filing.noApprovedPlan",
                new Bilingual.Text("宝鸡高新区", null), 2025);
        org.junit.jupiter.api.Assertions.assertTrue(onlyChinese.contains("[Chinese] 宝鸡高新区"), onlyChinese);
    }

    /** Every enum whose values a message may name has words for each of its values, in both languages. */
    @Test
    void anEnumWithWordsHasWordsForEveryValue() throws Exception {
        // each file by itself: a bundle would answer a key missing in Chinese from its English parent
        java.util.Properties en = BundleFile.read("i18n/messages.properties");
        java.util.Properties zh = BundleFile.read("i18n/messages_zh.properties");
        java.util.Map<String, Class<?>> enums = new java.util.HashMap<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target", "classes");
        try (var files = java.nio.file.Files.walk(classes.resolve("org"))) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.filter(x -> x.toString().endsWith(".class"))::iterator) {
                Class<?> c = Class.forName(classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""), false,
                        getClass().getClassLoader());
                if (c.isEnum() && en.stringPropertyNames().stream().anyMatch(k -> k.startsWith("enum." + c.getSimpleName() + "."))) {
                    enums.put(c.getName(), c);
                }
            }
        }
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (Class<?> c : enums.values()) {
            for (Object v : c.getEnumConstants()) {
                String key = "enum." + c.getSimpleName() + "." + ((Enum<?>) v).name();
                if (!en.containsKey(key) || !zh.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertEquals(java.util.List.of(), missing);
        assertEquals(true, enums.keySet().stream().anyMatch(n -> n.endsWith(".ResultKind")), "found: " + enums.keySet());
    }
}
