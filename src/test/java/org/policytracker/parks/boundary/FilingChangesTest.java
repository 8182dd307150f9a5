package org.policytracker.parks.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.policytracker.parks.control.AnnualReportContent;
import org.policytracker.parks.control.FilingCompare;
import org.policytracker.parks.control.ParkPlanContent;
import org.policytracker.platform.BundleFile;

/** Every answer a park filing holds has the form's label when it shows as a change, in both languages. */
class FilingChangesTest {

    @Test
    void everyFieldOfBothContentTypesHasALabelInBothLanguages() throws java.io.IOException {
        List<String> missing = new ArrayList<>();
        for (Class<?> content : List.of(ParkPlanContent.class, AnnualReportContent.class)) {
            for (Field f : content.getFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                if (List.class.isAssignableFrom(f.getType())) {
                    if (!FilingChanges.PARTS.containsKey(f.getName())) {
                        missing.add("part " + f.getName());
                    }
                    Class<?> item = (Class<?>) ((ParameterizedType) f.getGenericType()).getActualTypeArguments()[0];
                    for (Field g : item.getFields()) {
                        // an item's code or kind names the item: it is never compared as a field
                        if (!Modifier.isStatic(g.getModifiers()) && !g.getName().equals("code") && !g.getName().equals("kind")
                                && !FilingChanges.FIELDS.containsKey(g.getName())) {
                            missing.add(item.getSimpleName() + "." + g.getName());
                        }
                    }
                } else if (!FilingChanges.FIELDS.containsKey(f.getName())) {
                    missing.add(content.getSimpleName() + "." + f.getName());
                }
            }
        }
        assertEquals(List.of(), missing);
        // each file by itself: a bundle would answer a key missing in Chinese from its English parent
        for (String file : List.of("i18n/ui.properties", "i18n/ui_zh.properties")) {
            java.util.Properties ui = BundleFile.read(file);
            for (String key : new java.util.TreeSet<>(FilingChanges.FIELDS.values())) {
                assertTrue(ui.containsKey(key), key + " in " + file);
            }
            FilingChanges.PARTS.values().forEach(key -> assertTrue(ui.containsKey(key), key + " in " + file));
        }
    }

    @Test
    void aChangeReadsInTheReadersWords() {
        ResourceBundle zh = ResourceBundle.getBundle("i18n.ui", Locale.CHINESE);
        var lines = FilingChanges.lines(FilingCompare.between(
                "{\"projects\":[{\"code\":\"P-01\",\"name\":\"余热回收项目\",\"area\":\"ENERGY_AND_CARBON\"}],\"results\":[{\"kind\":\"ENERGY_SAVING\",\"actual\":3}]}",
                "{\"projects\":[{\"code\":\"P-01\",\"name\":\"余热回收项目\",\"area\":\"POLLUTION_CONTROL\"}],\"results\":[{\"kind\":\"ENERGY_SAVING\",\"actual\":3.5}]}"),
                zh::getString, kind -> "节能量");
        assertEquals(List.of(new FilingChanges.Line("项目 · P-01 余热回收项目", "领域", "节能降碳", "污染集中治理"),
                new FilingChanges.Line("预期成效 · 节能量", "本年度实际", "3", "3.5")), lines);
    }
}
