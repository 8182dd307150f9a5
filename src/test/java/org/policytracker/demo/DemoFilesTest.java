package org.policytracker.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo data files agree with the seeds and with themselves, without a server: every code they
 * name exists, the Shaanxi plan has its 13 key tasks and 4 organisational tasks, the Jiaozuo plan
 * its sections, time nodes and targets.
 */
class DemoFilesTest {

    private static Jsonb jsonb;
    private static DemoFiles.Organisations organisations;
    private static Set<String> orgCodes;

    @BeforeAll
    static void read() throws Exception {
        jsonb = JsonbBuilder.create();
        organisations = read("demo/organisations.json", DemoFiles.Organisations.class);
        orgCodes = new HashSet<>();
        // the national bodies are registered in every mode, before the demo (organisations.control.NationalBodies)
        for (org.policytracker.organisations.control.NationalBodies.Body b : org.policytracker.organisations.control.NationalBodies.read()) {
            assertTrue(orgCodes.add(b.code()), "duplicate organisation code " + b.code());
        }
        for (DemoFiles.Org o : organisations.organisations()) {
            assertTrue(orgCodes.add(o.code()), "duplicate organisation code " + o.code());
        }
    }

    @AfterAll
    static void close() throws Exception {
        jsonb.close();
    }

    private static <T> T read(String resource, Class<T> type) throws Exception {
        try (InputStream in = DemoFilesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return jsonb.fromJson(in, type);
        }
    }

    private static Stream<DemoFiles.TaskEntry> flatten(List<DemoFiles.TaskEntry> tasks) {
        return tasks == null ? Stream.empty()
                : tasks.stream().flatMap(t -> Stream.concat(Stream.of(t), flatten(t.children())));
    }

    @Test
    void organisationsFormAHierarchyWithCaseDistinctAliases() {
        for (DemoFiles.Org o : organisations.organisations()) {
            if (o.parent() != null) {
                assertTrue(orgCodes.contains(o.parent()), o.code() + " has unknown parent " + o.parent());
            }
            Set<String> lower = new HashSet<>();
            o.aliases().forEach(a -> assertTrue(lower.add(a.toLowerCase()), o.code() + " repeats alias " + a));
        }
        assertTrue(orgCodes.containsAll(Set.of("610403", "610581")), "Yangling Demonstration Zone and Hancheng");
        assertTrue(orgCodes.containsAll(Set.of("410882", "410822", "410825", "410803")),
                "Qinyang, Boai, Wen and Zhongzhan");
    }

    @Test
    void everyCodeThePlansNameExists() throws Exception {
        List<DemoFiles.PlanEntry> plans = new ArrayList<>(
                read("demo/plans/referenced-plans.json", DemoFiles.ReferencedPlans.class).plans());
        for (String file : DemoLoader.PLAN_FILES) {
            plans.add(read(file, DemoFiles.PlanEntry.class));
        }
        Set<String> planCodes = new HashSet<>();
        Set<String> indicators = new HashSet<>();
        read("demo/indicators.json", DemoFiles.Indicators.class).indicators().forEach(i -> indicators.add(i.code()));
        for (DemoFiles.PlanEntry p : plans) {
            assertTrue(planCodes.add(p.code()), "duplicate plan " + p.code());
            p.implementsPlans().forEach(c -> assertTrue(planCodes.contains(c), p.code() + " implements unknown " + c));
            p.issuers().forEach(c -> assertTrue(orgCodes.contains(c), p.code() + " issuer " + c));
            flatten(p.tasks()).flatMap(t -> t.units() == null ? Stream.empty() : t.units().stream())
                    .forEach(u -> assertTrue(orgCodes.contains(u.organisation()), p.code() + " unit " + u.organisation()));
            p.targets().forEach(t -> {
                assertTrue(indicators.contains(t.indicator()), t.indicator());
                assertTrue(orgCodes.contains(t.scope()), t.scope());
            });
        }
    }

    @Test
    void shaanxiPlanHasThirteenKeyTasksAndFourOrganisationalOnes() throws Exception {
        DemoFiles.PlanEntry p = read(DemoLoader.PLAN_FILES.get(0), DemoFiles.PlanEntry.class);
        assertEquals("SN-2024-IWR", p.code());
        List<String> numbers = flatten(p.tasks()).filter(t -> t.kind().equals("TASK")).map(DemoFiles.TaskEntry::number).toList();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13",
                "(一)", "(二)", "(三)", "(四)"), numbers);
        DemoFiles.TaskEntry task2 = flatten(p.tasks()).filter(t -> t.number().equals("2")).findFirst().orElseThrow();
        assertEquals(List.of("LEAD:610000.WR", "IMPLEMENTING:610000"),
                task2.units().stream().map(u -> u.role() + ":" + u.organisation()).toList());
        // the description keeps the text's own words, units included
        assertTrue(task2.description().contains("[The Shaanxi Provincial Water Conservancy Department will take the lead"));
    }

    @Test
    void jiaozuoPlanKeepsItsTimeNodesAndTargets() throws Exception {
        DemoFiles.PlanEntry p = read(DemoLoader.PLAN_FILES.get(1), DemoFiles.PlanEntry.class);
        assertEquals(9, p.tasks().size());
        assertEquals(24, flatten(p.tasks()).filter(t -> t.kind().equals("TASK")).count());
        assertEquals(65, flatten(p.tasks()).filter(t -> t.kind().equals("SUBTASK")).count());
        DemoFiles.TargetEntry coal = p.targets().stream()
                .filter(t -> t.indicator().equals("COAL_CONSUMPTION") && t.targetYear() == 2020).findFirst().orElseThrow();
        assertEquals(0, coal.targetValue().compareTo(new java.math.BigDecimal("14.5")));
        assertEquals(0, coal.relativeChangePercent().compareTo(new java.math.BigDecimal("-11.48")));
        assertEquals(2015, coal.baselineYear());
        assertEquals("IV/(1)", coal.task());
        assertTrue(p.reporting().contains("before 10 January and 10 July"));
    }
}
