package org.policytracker.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;
import org.policytracker.plans.control.Responsibility;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;

/** Who answers for a task, as the Shaanxi wastewater plan names them: each unit once, never a lone separator. */
class ResponsibilityTest {

    private static final Organisation PROVINCE = new Organisation("610000", OrganisationKind.PROVINCE, "陕西省", "Shaanxi Province");
    private static final Organisation DRC = new Organisation("610000.DRC", OrganisationKind.PROVINCIAL_DEPARTMENT, "陕西省发展和改革委员会",
            "Shaanxi Provincial Development and Reform Commission");
    private static final Organisation IIT = new Organisation("610000.IIT", OrganisationKind.PROVINCIAL_DEPARTMENT, "陕西省工业和信息化厅", null);

    private static Task task(UnitAssignment... units) {
        Task t = new Task(null, null, TaskKind.TASK, "1", 1);
        t.replaceAssignments(List.of(units));
        return t;
    }

    @Test
    void noLeadMeansNoLeadingDotAndEachCityReadsAsThePlanWroteIt() {
        Task t = task(new UnitAssignment(UnitRole.CO_RESPONSIBLE, DRC, Coverage.SELF, null),
                new UnitAssignment(UnitRole.CO_RESPONSIBLE, IIT, Coverage.SELF, null),
                new UnitAssignment(UnitRole.IMPLEMENTING, PROVINCE, Coverage.EACH_CITY, null),
                new UnitAssignment(UnitRole.IMPLEMENTING, PROVINCE, Coverage.EACH_CITY, null),
                new UnitAssignment(UnitRole.IMPLEMENTING, PROVINCE, Coverage.EACH_CITY, "各市（区）相关部门"));
        Responsibility zh = Responsibility.of(t, false);
        assertEquals("", zh.lead());
        assertEquals("陕西省发展和改革委员会、陕西省工业和信息化厅、陕西省各市（区）、各市（区）相关部门", zh.text());
        Responsibility en = Responsibility.of(t, true);
        assertEquals("Shaanxi Provincial Development and Reform Commission; [Chinese] 陕西省工业和信息化厅; each city (district) of Shaanxi Province",
                en.text());
    }

    @Test
    void theLeadFirstThenTheOthersAndALeadIsNotRepeatedAmongThem() {
        Task t = task(new UnitAssignment(UnitRole.LEAD, IIT, Coverage.SELF, null),
                new UnitAssignment(UnitRole.COOPERATING, IIT, Coverage.SELF, null),
                new UnitAssignment(UnitRole.COOPERATING, PROVINCE, Coverage.EACH_PARK, null));
        assertEquals("陕西省工业和信息化厅 · 陕西省各园区管理机构", Responsibility.of(t, false).text());
    }

    @Test
    void aTaskIsNamedByItsTitleElseByItsDescriptionMarkedWhenForeign() {
        Task t = task();
        t.setDescription("strive for five enterprises (products) to enter the list of leaders");
        assertEquals("〔英文〕strive for five enterprises…", t.nameFor(false, 27));
        assertEquals("strive for five enterprises…", t.nameFor(true, 27));
        t.setTitleEn("Efficiency leaders");
        assertEquals("〔英文〕Efficiency leaders", t.nameFor(false, 27));
        t.setTitleZh("能效水效领跑者");
        assertEquals("能效水效领跑者", t.nameFor(false, 27));
    }
}
