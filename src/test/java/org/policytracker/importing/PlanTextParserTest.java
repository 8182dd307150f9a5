package org.policytracker.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.policytracker.importing.control.PlanDocument;
import org.policytracker.importing.control.PlanProposal;
import org.policytracker.importing.control.PlanTextParser;
import org.policytracker.importing.control.TargetPhrases;
import org.policytracker.importing.control.TimeNodes;

/** The importer's parts on their own: time nodes, targets, header, Word files, repeated text, what it cannot resolve. */
class PlanTextParserTest {

    private static final PlanTextParser PARSER = new PlanTextParser(ImportFixtures.registry());

    @Test
    void timeNodesBecomeDates() {
        assertEquals(LocalDate.of(2020, 12, 31), TimeNodes.deadline("by the end of 2020, the city will ban …").orElseThrow().date());
        assertEquals(LocalDate.of(2022, 6, 30), TimeNodes.deadline("complete it before the end of June 2022").orElseThrow().date());
        assertEquals(LocalDate.of(2019, 10, 31), TimeNodes.deadline("eliminated by October 2019").orElseThrow().date());
        assertEquals(LocalDate.of(2021, 1, 10), TimeNodes.deadline("report before 10 January 2021").orElseThrow().date());
        assertEquals(LocalDate.of(2022, 6, 30), TimeNodes.deadline("2022年6月底前完成改造").orElseThrow().date());
        assertEquals(LocalDate.of(2025, 12, 31), TimeNodes.deadline("到2025年，全面完成").orElseThrow().date());
        assertEquals(LocalDate.of(2020, 12, 31), TimeNodes.deadline("by the end of October 2019 … and by the end of 2020").orElseThrow().date(),
                "the latest date is when the work is done");
        assertTrue(TimeNodes.deadline("比2015年下降10%").isEmpty(), "a baseline year is no deadline");
        assertEquals(List.of(java.time.MonthDay.of(1, 10), java.time.MonthDay.of(7, 10)),
                TimeNodes.recurrence("report before January 10 and July 10 of each year").orElseThrow().days());
        assertEquals(List.of(java.time.MonthDay.of(1, 10), java.time.MonthDay.of(7, 10)),
                TimeNodes.recurrence("于每年1月10日和7月10日前报送").orElseThrow().days());
    }

    @Test
    void earlierDatesOfATimeNodeAreStepsOnTheWay() {
        assertEquals(List.of(new TimeNodes.Node(LocalDate.of(2021, 6, 30), "2021年6月底前完成调查摸底")),
                TimeNodes.steps("2021年6月底前完成调查摸底，2022年底前建成工业废水集中处理管网"));
        assertEquals(List.of(new TimeNodes.Node(LocalDate.of(2021, 6, 30), "Complete the survey of enterprises by June 2021")),
                TimeNodes.steps("Complete the survey of enterprises by June 2021, and build the collection network by the end of 2022."));
        assertEquals(List.of(), TimeNodes.steps("by the end of 2020"), "one date: the deadline, no step");
        // in a plan: the task keeps the latest date as its deadline and the earlier one as a milestone
        PlanProposal p = PARSER.parse(PlanDocument.ofText("关于推进园区节水的实施方案\n一、重点任务\n"
                + "（一）开展园区用水调查。2021年6月底前完成调查摸底，2022年底前建立园区用水台账。〔市水利局牵头〕\n"));
        PlanProposal.Task task = p.tasks.stream().filter(t -> "TASK".equals(t.kind)).findFirst().orElseThrow();
        assertEquals("2022-12-31", task.deadline);
        assertEquals(1, task.milestones.size());
        assertEquals("2021-06-30", task.milestones.get(0).due);
        assertEquals("2021年6月底前完成调查摸底", task.milestones.get(0).text);
    }

    @Test
    void targetsAreReadInBothLanguages() {
        TargetPhrases.Mention cap = TargetPhrases.find("the total coal consumption in the city will be controlled within 14.5 million tons.", 2020).get(0);
        assertEquals(TargetPhrases.Relation.AT_MOST, cap.relation());
        assertEquals(0, new BigDecimal("14.5").compareTo(cap.value()));
        assertEquals("Mt", cap.unit());
        TargetPhrases.Mention zh = TargetPhrases.find("煤炭消费总量控制在1450万吨以内。", 2020).get(0);
        assertEquals(0, new BigDecimal("14.5").compareTo(zh.value()), "1450 万吨 is 14.5 Mt");
        TargetPhrases.Mention change = TargetPhrases.find("万元工业增加值用水量较2020年下降10%。", 2025).get(0);
        assertEquals(0, new BigDecimal("-10").compareTo(change.changePercent()));
        assertEquals(2020, change.baselineYear());
        assertEquals(2025, change.targetYear());
        TargetPhrases.Mention about = TargetPhrases.find("the utilization rate will reach about 80%.", 2020).get(0);
        assertEquals(TargetPhrases.Relation.ABOUT, about.relation());
        assertEquals(0, BigDecimal.valueOf(80).compareTo(about.value()));
    }

    @Test
    void theHeaderGivesTitleNumbersIssuersDateAndArea() {
        PlanProposal zh = PARSER.parse(ImportFixtures.document("import/unseen-zh.txt"));
        assertEquals("焦作市工业领域节能降碳实施方案（2023—2025年）", zh.title);
        assertEquals(List.of("焦政办〔2023〕15号"), zh.documentNumbers);
        assertEquals(List.of("豫政〔2022〕55号"), zh.referencedDocuments, "the document it implements is cited, not its own");
        assertEquals("2023-03-20", zh.issueDate);
        assertEquals("410800", zh.scopeCode);
        assertEquals("2023-01-01", zh.periodStart);
        assertEquals("2025-12-31", zh.periodEnd);
        assertEquals(1, zh.reporting.size());
        assertEquals(List.of("--01-10", "--07-10"), zh.reporting.get(0).days);
        assertEquals("三/(二)", zh.reporting.get(0).taskPath);
        PlanProposal en = PARSER.parse(ImportFixtures.document("import/unseen-en.txt"));
        assertEquals(List.of("Shaanxi Industry and Information Technology Development [2024] No. 88"), en.documentNumbers);
        assertEquals(List.of("610000.IIT", "610000.EE"), en.issuers.stream().map(u -> u.code).toList());
    }

    @Test
    void aWordFileReadsAsItsText() throws Exception {
        String text = new String(getClass().getClassLoader().getResourceAsStream("import/unseen-zh.txt").readAllBytes(), StandardCharsets.UTF_8);
        // a real Word package (Apache POI writes it), each line's text split over two runs as Word splits them
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument word = new XWPFDocument()) {
            for (String line : text.split("\n")) {
                XWPFParagraph p = word.createParagraph();
                int half = line.length() / 2;
                p.createRun().setText(line.substring(0, half));
                p.createRun().setText(line.substring(half));
            }
            word.write(docx);
        }
        PlanProposal fromWord = PARSER.parse(PlanDocument.of(docx.toByteArray()));
        PlanProposal fromText = PARSER.parse(PlanDocument.ofText(text));
        assertEquals(fromText.tasks.stream().map(t -> t.path + " " + t.units.size() + " " + t.deadline).toList(),
                fromWord.tasks.stream().map(t -> t.path + " " + t.units.size() + " " + t.deadline).toList());
        assertEquals(fromText.targets.size(), fromWord.targets.size());
    }

    @Test
    void repeatedTextIsRecognisedAndNothingUnresolvedIsDropped() {
        PlanProposal jiaozuo = PARSER.parse(ImportFixtures.document("import/seed-004.txt"));
        assertTrue(jiaozuo.repeatedParagraphs > 100, "the plan's second and third copies: " + jiaozuo.repeatedParagraphs);
        assertTrue(jiaozuo.flags.stream().anyMatch(f -> f.key().equals("import.repeated")));
        assertEquals(100, jiaozuo.tasks.size(), "the plan once");

        PlanProposal odd = PARSER.parse(PlanDocument.ofText("""
                焦作市某专项行动方案
                一、主要任务
                1.开展专项检查。2024年底前完成。〔市星际航运局牵头，市生态环境局配合〕
                """));
        PlanProposal.Task t = odd.task("一/1");
        PlanProposal.Unit unknown = t.units.stream().filter(u -> u.role.equals("LEAD")).findFirst().orElseThrow();
        assertNull(unknown.code, "no such bureau in the registry: " + unknown.name);
        assertEquals("市星际航运局", unknown.text, "kept as the text says it");
        assertTrue(odd.flags.stream().anyMatch(f -> f.key().equals("import.unit.unresolved") && f.path().equals("一/1")));
        assertEquals("410800.EE", t.units.stream().filter(u -> u.role.equals("COOPERATING")).findFirst().orElseThrow().code);
        assertEquals("2024-12-31", t.deadline);
    }
}
