package org.policytracker.plans.control;

import java.util.LinkedHashSet;
import java.util.Set;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.platform.i18n.Bilingual;

/**
 * Who answers for a task, in the reader's words: the lead units and the others, each named once. An assignment that
 * names every city or every park under an organisation reads as the plan wrote it (各市（区）相关部门), not as the
 * organisation's bare name, so 陕西省、陕西省 cannot appear; every page and report names units through here.
 *
 * @param lead   the lead units joined by 、 (empty when the plan names none)
 * @param others the co-responsible and implementing units joined by 、 (may be empty)
 */
public record Responsibility(String lead, String others) {

    public static Responsibility of(Task task, boolean english) {
        Set<String> lead = new LinkedHashSet<>();
        Set<String> others = new LinkedHashSet<>();
        for (UnitAssignment a : task.getAssignments()) {
            (a.getRole() == UnitRole.LEAD ? lead : others).add(unit(a, english));
        }
        others.removeAll(lead);
        String sep = english ? "; " : "、";
        return new Responsibility(String.join(sep, lead), String.join(sep, others));
    }

    /** One assignment in words: the organisation, or the cities or parks under it as the plan named them. */
    public static String unit(UnitAssignment a, boolean english) {
        Organisation o = a.getOrganisation();
        String name = Bilingual.pick(o.getNameZh(), o.getNameEn(), english, o.getCode());
        if (a.getCoverage() == Coverage.SELF) {
            return name;
        }
        String note = a.getNote();
        boolean noteFits = note != null && !note.isBlank() && Bilingual.isChinese(note) != english;
        if (noteFits) {
            return note.strip();
        }
        boolean cities = a.getCoverage() == Coverage.EACH_CITY;
        if (english) {
            return (cities ? "each city (district) of " : "each park's management committee in ") + name;
        }
        return name + (cities ? "各市（区）" : "各园区管理机构");
    }

    /** Lead, then the others after a middle dot; only what there is, never a lone separator. */
    public String text() {
        if (lead.isEmpty()) {
            return others;
        }
        return others.isEmpty() ? lead : lead + " · " + others;
    }
}
