package org.policytracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanDocument;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.importing.control.PlanTextParser;

/**
 * Forms of plan text that neither the seeds nor the development corpus contain, written as plans write them: each
 * must be read by the general rules (docs/import.md), not by anything learnt from one document.
 */
class UnseenFormsTest {

    private static final PlanTextParser PARSER = new PlanTextParser(ImportFixtures.registry());

    private static PlanProposal parse(String text) {
        return PARSER.parse(PlanDocument.ofText(text));
    }

    private static PlanProposal.Task task(PlanProposal p, String title) {
        return p.tasks.stream().filter(t -> t.title.startsWith(title)).findFirst().orElseThrow(() -> new AssertionError(title + " in "
                + p.tasks.stream().map(t -> t.path + " " + t.kind + " " + t.title).collect(Collectors.joining("\n"))));
    }

    private static String units(PlanProposal.Task t) {
        return t.units.stream().map(u -> u.role + " " + (u.code != null ? u.code : "?" + u.text)).collect(Collectors.joining(", "));
    }

    @Test
    void numberedItemsWithAFullWidthNoteAreTasksWithUnitsAndDeadlines() {
        PlanProposal p = parse("陕西省工业节水行动方案\n一、重点任务\n"
                + "1. 推进园区废水循环利用。2027年12月底前，建成一批废水循环利用示范园区。（省工业和信息化厅牵头，省水利厅、省生态环境厅配合）\n"
                + "2. 开展节水诊断。到2026年，完成重点企业节水诊断。（省水利厅、省工业和信息化厅按职责分工负责）\n");
        PlanProposal.Task first = task(p, "推进园区废水循环利用");
        assertEquals("TASK", first.kind);
        assertEquals("2027-12-31", first.deadline);
        assertEquals("LEAD 610000.IIT, COOPERATING 610000.WR, COOPERATING 610000.EE", units(first));
        assertEquals("CO_RESPONSIBLE 610000.WR, CO_RESPONSIBLE 610000.IIT", units(task(p, "开展节水诊断")));
        assertTrue(p.targets.stream().noneMatch(t -> t.indicatorPhrase.contains("月底前")), "no target from a deadline phrase: "
                + p.targets.stream().map(t -> t.indicatorPhrase).toList());
    }

    @Test
    void aListWrittenOnceWithItsLevelWordNamesTheSameLevelThroughout() {
        PlanProposal p = parse("陕西省工业节水行动方案\n一、重点任务\n"
                + "（一）加强科技支撑。推广先进节水工艺。〔省科技厅、工业和信息化厅、生态环境厅按职责分工负责〕\n");
        assertEquals("CO_RESPONSIBLE 610000.ST, CO_RESPONSIBLE 610000.IIT, CO_RESPONSIBLE 610000.EE", units(task(p, "加强科技支撑")));
    }

    @Test
    void aDepartmentOfAProvinceOutsideTheRegistryIsNeverAnotherProvincesBody() {
        PlanProposal p = parse("广东省工业节水行动方案\n一、重点任务\n"
                + "（一）推进节水改造。开展工业节水改造。（省工业和信息化厅牵头，省水利厅配合，各地级以上市人民政府负责落实）\n");
        PlanProposal.Task t = task(p, "推进节水改造");
        assertTrue(t.units.stream().noneMatch(u -> u.code != null), "nothing matched outside Guangdong: " + units(t));
        assertEquals(List.of("LEAD", "COOPERATING", "IMPLEMENTING"), t.units.stream().map(u -> u.role).toList());
    }

    @Test
    void aNameTheRegistryLacksIsProposedAsANewBodyOfTheRightKindAndParentWithItsNearestCandidates() {
        PlanProposal p = parse("陕西省工业节水行动方案\n一、重点任务\n"
                + "（一）推进节水改造。开展工业节水改造。（省工业和信息化厅牵头，省机关事务管理局、海关总署配合）\n");
        PlanProposal.Task t = task(p, "推进节水改造");
        PlanProposal.Unit office = t.units.get(1);
        assertNull(office.code, "not in the registry: " + units(t));
        assertEquals("陕西省机关事务管理局", office.proposedOrganisation.nameZh);
        assertEquals("PROVINCIAL_DEPARTMENT", office.proposedOrganisation.kind);
        assertEquals("610000", office.proposedOrganisation.parentCode);
        assertTrue(office.candidates.stream().allMatch(c -> c.code.startsWith("610000")), "candidates from the plan's province only");
        PlanProposal water = parse("陕西省工业节水行动方案\n一、重点任务\n（一）推进节水改造。开展改造。（省水务厅牵头）\n");
        PlanProposal.Unit near = task(water, "推进节水改造").units.get(0);
        assertNull(near.code, "a near name is not taken for the body");
        assertEquals("610000.WR", near.candidates.get(0).code, "but offered first: " + near.candidates.stream().map(c -> c.code + " " + c.score).toList());
        assertEquals("COOPERATING GACC", units(t).substring(units(t).lastIndexOf(", ") + 2), "a national body by its name");
        PlanProposal guangdong = parse("广东省工业节水行动方案\n一、重点任务\n（一）推进节水改造。开展改造。（省工业和信息化厅牵头）\n");
        assertNull(task(guangdong, "推进节水改造").units.get(0).proposedOrganisation, "no parent to register it under");
    }

    @Test
    void notesInTheMiddleOfAParagraphEachCloseTheirOwnMeasure() {
        PlanProposal p = parse("关于推进资源循环利用的实施方案\n一、主要任务\n"
                + "（一）健全回收体系。完善回收网点布局。（商务部牵头，国家发展改革委参与）推动再生资源分拣中心建设。（商务部指导）\n"
                + "规范再生资源回收行业管理。（商务部、市场监管总局按职责分工负责）\n");
        List<PlanProposal.Task> tasks = p.tasks.stream().filter(t -> "TASK".equals(t.kind)).toList();
        assertEquals(List.of("完善回收网点布局", "推动再生资源分拣中心建设", "规范再生资源回收行业管理"), tasks.stream().map(t -> t.title).toList());
        assertEquals("LEAD MOFCOM, COOPERATING NDRC", units(tasks.get(0)));
        assertEquals("GUIDING MOFCOM", units(tasks.get(1)));
        assertEquals("CO_RESPONSIBLE MOFCOM, CO_RESPONSIBLE SAMR", units(tasks.get(2)));
        assertEquals("SECTION", task(p, "健全回收体系").kind);
    }

    @Test
    void englishChaptersNumberedAsItemsAndAnEnglishNoteAreRead() {
        PlanProposal p = parse("Home > Policies > Industry\n"
                + "Implementation Plan for Industrial Water Efficiency\n"
                + "1、 Overall requirements\n"
                + "By 2025, the water consumption per 10,000 yuan of industrial added value will decrease by 16% compared to 2020.\n"
                + "2、 Main tasks\n"
                + "(1) Promote water-saving transformation. Carry out water-saving diagnosis in key industries by the end of 2024. "
                + "(MIIT, NDRC and the Ministry of Water Resources shall be responsible according to their respective responsibilities)\n"
                + "(2) Strengthen supervision. Improve the water use statistics. (The Ministry of Ecology and Environment will take the lead)\n");
        assertEquals("Implementation Plan for Industrial Water Efficiency", p.title);
        PlanProposal.Task first = task(p, "Promote water-saving transformation");
        assertEquals("TASK", first.kind);
        assertEquals("2024-12-31", first.deadline);
        assertEquals("CO_RESPONSIBLE MIIT, CO_RESPONSIBLE NDRC, CO_RESPONSIBLE MWR", units(first));
        assertEquals("LEAD MEE", units(task(p, "Strengthen supervision")));
        assertEquals("SECTION", task(p, "Main tasks").kind);
    }

    @Test
    void aRuleStatedOnceHoldsForEveryLaterNoteAndOpenListsAreMarked() {
        PlanProposal p = parse("关于促进就业的若干意见\n一、主要措施\n"
                + "（一）稳定就业岗位。加大稳岗支持。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
                + "（二）支持创业。加大创业担保贷款支持。（财政部、人民银行、银保监会等负责）\n"
                + "（三）强化服务。各地要做好服务。（各省级人民政府负责）\n"
                + "国务院\n2018年11月16日\n（此件公开发布）\n");
        assertEquals("LEAD MOHRSS, CO_RESPONSIBLE MOF", units(task(p, "稳定就业岗位")));
        PlanProposal.Task second = task(p, "支持创业");
        assertEquals("LEAD MOF, CO_RESPONSIBLE PBOC, CO_RESPONSIBLE CBIRC", units(second));
        assertTrue(p.flags.stream().anyMatch(f -> f.key().equals("import.unit.openList") && second.path.equals(f.path())));
        PlanProposal.Task third = task(p, "强化服务");
        assertEquals("CO_RESPONSIBLE ?各省级人民政府", units(third), "a collective first gets no lead");
        assertEquals("EACH_PROVINCE", third.units.get(0).collective);
        assertEquals("NATIONAL", p.level, "signed by the State Council");
        assertEquals("2018-11-16", p.issueDate);
        String text = third.description == null ? third.title : third.description;
        assertFalse(text.contains("2018年11月16日") || text.contains("此件公开发布"), "the signature is not the last task's text: " + text);
    }

    @Test
    void lettersNumberTheItemsOfAnEnglishTaskAndCountsAreTargets() {
        PlanProposal p = parse("Implementation Plan for Green Manufacturing\n"
                + "I. Main objectives\n"
                + "By 2025, build 60 green factories and 30 green industrial parks.\n"
                + "II. Key tasks\n"
                + "(I) Cultivate green factories. (The Shaanxi Provincial Department of Industry and Information Technology will take the lead)\n"
                + "(a) Publish the evaluation standard by the end of 2024.\n"
                + "(b) Evaluate the first batch of factories.\n");
        PlanProposal.Task task = task(p, "Cultivate green factories");
        assertEquals("TASK", task.kind);
        List<PlanProposal.Task> steps = p.tasks.stream().filter(t -> task.path.equals(t.parentPath)).toList();
        assertEquals(List.of("SUBTASK", "SUBTASK"), steps.stream().map(t -> t.kind).toList());
        assertEquals(List.of("(a)", "(b)"), steps.stream().map(t -> t.number).toList());
        assertTrue(p.targets.stream().anyMatch(t -> t.value != null && t.value.intValue() == 60) && p.targets.stream()
                .anyMatch(t -> t.value != null && t.value.intValue() == 30), p.targets.stream().map(t -> t.indicatorPhrase + " " + t.value).toList().toString());
    }

    @Test
    void anEnglishHeaderGivesItsNumberWithTheIssuersPrefixItsDateAndItsGoals() {
        PlanProposal p = parse("Notice on Issuing the Implementation Plan for Industrial Water Conservation\n"
                + "Ministry of Industry and Information Technology, National Development and Reform Commission\n"
                + "Gong Xin Bu Lian Jie [2022] No. 169\n"
                + "To the competent departments of all provinces:\n"
                + "On December 12, 2022\n"
                + "Implementation Plan for Industrial Water Conservation\n"
                + "I. Main objectives\n"
                + "By 2025, the water consumption per 10,000 yuan of industrial added value will be around 30% lower than that of 2020.\n"
                + "II. Key tasks\n"
                + "(I) Promote water-saving technology. Popularize advanced water-saving processes by the end of 2023. "
                + "(MIIT and NDRC shall be responsible according to their respective duties)\n");
        assertEquals("Implementation Plan for Industrial Water Conservation", p.title);
        assertEquals(List.of("Gong Xin Bu Lian Jie [2022] No. 169"), p.documentNumbers);
        assertEquals("2022-12-12", p.issueDate);
        assertEquals(List.of("MIIT", "NDRC"), p.issuers.stream().map(u -> u.code).toList(), "the signatories, not the addressees");
        assertEquals("NATIONAL", p.level);
        assertTrue(p.targets.stream().anyMatch(t -> t.changePercent != null && t.changePercent.intValue() == -30 && t.targetYear == 2025),
                "around 30% lower than 2020: " + p.targets.stream().map(t -> t.statement).toList());
        assertEquals("2023-12-31", task(p, "Promote water-saving technology").deadline);
    }

    @Test
    void aDateSetForEachOfACollectiveIsTheirStepAndEventsHeldAtZeroAreATarget() {
        PlanProposal p = parse("关于加强安全生产的实施意见\n一、工作目标\n到2025年，重大安全生产事故零发生。\n二、主要任务\n"
                + "（一）制定实施细则。市应急管理局于2025年3月底前制定实施细则；各区（县级市）要于2025年6月底前制定具体办法。（牵头单位：市应急管理局）\n");
        PlanProposal.Task t = task(p, "制定实施细则");
        assertEquals("2025-03-31", t.deadline, "the task's own date");
        assertTrue(t.milestones.stream().anyMatch(m -> m.due.equals("2025-06-30") && m.text.startsWith("各区")), "the districts' date is their step");
        assertTrue(p.targets.stream().anyMatch(g -> g.value != null && g.value.signum() == 0 && Integer.valueOf(2025).equals(g.targetYear)),
                "accidents held at zero: " + p.targets.stream().map(g -> g.statement).toList());
    }

    @Test
    void aGoalYearInATasksTextIsNotADeadlineButAValidityPeriodIsNeither() {
        PlanProposal p = parse("关于促进就业的若干意见\n一、主要措施\n"
                + "（一）稳定就业岗位。到2020年，城镇新增就业1100万人以上。（人力资源社会保障部负责）\n"
                + "（二）阶段性降低费率。2019年1月1日至2020年12月31日，继续实施降费政策。（财政部负责）\n");
        assertEquals("GOAL", task(p, "稳定就业岗位").deadlineSource);
        assertFalse("TEXT".equals(task(p, "阶段性降低费率").deadlineSource), "a validity period is no deadline");
        assertNull(task(p, "阶段性降低费率").milestones.isEmpty() ? null : "milestones");
    }
}
