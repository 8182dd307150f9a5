package org.policytracker.parks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.parks.control.FilingCompare;
import org.policytracker.platform.persistence.VersionChanges.Change;

/** Two versions of a park's implementation plan and of an annual report, compared answer by answer. */
class FilingCompareTest {

    private static final String PLAN_1 = """
            {"periodStart":2021,"periodEnd":2025,"basicSituation":"园区规划面积38.4平方公里。",
             "tasks":[{"area":"SPATIAL_LAYOUT","description":"优化空间布局"},{"area":"CIRCULAR_LINKS","description":"补链延链"}],
             "projects":[{"code":"P-01","name":"余热回收项目","area":"ENERGY_AND_CARBON","investment":1200.0,"start":"2022-03","end":"2023-12"},
                         {"code":"P-02","name":"中水回用项目","area":"RESOURCE_UTILISATION","investment":800,"start":"2022-06","end":"2024-06"}],
             "expectedResults":[{"kind":"ENERGY_SAVING","baseline":null,"target":5,"targetYear":2025}],
             "safeguards":"成立领导小组"}""";

    /** P-02 moved first and its end month changed; P-01's investment written 1200 (the same figure); a task reworded;
     *  the expected saving raised; the safeguards cleared; a new project P-03. */
    private static final String PLAN_2 = """
            {"periodStart":2021,"periodEnd":2025,"basicSituation":"园区规划面积38.4平方公里。",
             "tasks":[{"area":"SPATIAL_LAYOUT","description":"优化空间布局"},{"area":"CIRCULAR_LINKS","description":"补链延链，引进龙头企业"}],
             "projects":[{"code":"P-02","name":"中水回用项目","area":"RESOURCE_UTILISATION","investment":800,"start":"2022-06","end":"2024-12"},
                         {"code":"P-01","name":"余热回收项目","area":"ENERGY_AND_CARBON","investment":1200,"start":"2022-03","end":"2023-12"},
                         {"code":"P-03","name":"光伏项目","area":"ENERGY_AND_CARBON","investment":300,"start":"2024-01","end":"2024-12"}],
             "expectedResults":[{"kind":"ENERGY_SAVING","baseline":null,"target":6.5,"targetYear":2025}],
             "safeguards":""}""";

    @Test
    void aPlanComparedItemByItemNotPlaceByPlace() {
        List<String> changes = FilingCompare.between(PLAN_1, PLAN_2).stream().map(FilingCompareTest::line).toList();
        assertEquals(List.of(
                "tasks 2 null description: 补链延链 → 补链延链，引进龙头企业",
                "projects P-02 中水回用项目 end: 2024-06 → 2024-12",
                "projects P-03 光伏项目 name: null → 光伏项目",
                "projects P-03 光伏项目 area: null → ENERGY_AND_CARBON",
                "projects P-03 光伏项目 investment: null → 300",
                "projects P-03 光伏项目 start: null → 2024-01",
                "projects P-03 光伏项目 end: null → 2024-12",
                "expectedResults ENERGY_SAVING null target: 5 → 6.5",
                "filing null null safeguards: 成立领导小组 → null"), changes);
    }

    @Test
    void theFirstVersionAgainstNothingListsEveryAnswerAndEqualVersionsNone() {
        String report = """
                {"projects":[{"code":"P-01","name":"余热回收项目","status":"IN_PROGRESS","investmentExecuted":600}],
                 "results":[{"kind":"ENERGY_SAVING","unit":"tce","target":5,"actual":3.2}],"progress":"有序推进"}""";
        List<String> changes = FilingCompare.between(null, report).stream().map(FilingCompareTest::line).toList();
        assertEquals(List.of("projects P-01 余热回收项目 name: null → 余热回收项目", "projects P-01 余热回收项目 status: null → IN_PROGRESS",
                "projects P-01 余热回收项目 investmentExecuted: null → 600", "results ENERGY_SAVING null unit: null → tce",
                "results ENERGY_SAVING null target: null → 5", "results ENERGY_SAVING null actual: null → 3.2",
                "filing null null progress: null → 有序推进"), changes);
        assertEquals(List.of(), FilingCompare.between(report, report));
        assertEquals(List.of(), FilingCompare.between(PLAN_1, PLAN_1.replace("1200.0", "1200")));
    }

    private static String line(Change c) {
        return c.part() + " " + c.number() + " " + c.title() + " " + c.field() + ": " + c.before() + " → " + c.after();
    }
}
