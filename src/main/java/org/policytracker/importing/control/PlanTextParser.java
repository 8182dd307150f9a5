package org.policytracker.importing.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policytracker.importing.control.DocumentTree.Node;

/**
 * Reads a plan's text into a {@link PlanProposal}: the header from the paragraphs before the first
 * chapter (一、 / I.), the task tree from the numbered paragraphs, the units from each task's
 * responsibility clause, deadlines from its time nodes, targets from the figures of the goals and
 * tasks. Works on the structure and the formulas plans of this kind share (docs/import.md), not on
 * any one document's sentences.
 */
public final class PlanTextParser {

    private static final Pattern SAFEGUARDS = Pattern.compile("(?i)safeguard|guarantee|organi[sz]ation and implementation|organizational|"
            + "implementation guarantee|保障措施|组织实施|组织保障|保障");

    private final Registry registry;
    private final PlanHeader header;
    private final UnitProposals units;

    public PlanTextParser(Registry registry) {
        UnitResolver resolver = new UnitResolver(registry);
        this.registry = registry;
        this.header = new PlanHeader(registry, resolver);
        this.units = new UnitProposals(registry, resolver);
    }

    public PlanProposal parse(PlanDocument doc) {
        PlanProposal p = new PlanProposal();
        List<String> paras = doc.paragraphs();
        p.paragraphs = paras.size();
        for (PlanDocument.Repeat r : doc.repeats()) {
            p.repeatedParagraphs += r.to() - r.from() + 1;
            p.flags.add(PlanProposal.Flag.of("import.repeated", List.of(String.valueOf(r.from() + 1), String.valueOf(r.to() + 1),
                    String.valueOf(r.original() + 1)), null));
        }
        // the signature under the text ("国务院" / "2019年1月12日" / "（此件公开发布）"): the issuer and the date, not a task's text
        int end = header.signature(paras, p);
        paras = paras.subList(0, end);
        int start = DocumentTree.treeStart(paras);
        if (start < 0) {
            p.flags.add(PlanProposal.Flag.of("import.noStructure", List.of(), null));
            start = paras.size();
        }
        header.read(paras.subList(0, start), p);
        header.propose(p);
        Registry.Org scope = registry.byCode(p.scopeCode).orElse(null);
        Node root = DocumentTree.tree(paras.subList(start, paras.size()), p);
        DocumentTree.segment(root);
        LocalDate overall = DocumentTree.overallDeadline(root, p);
        emit(root, p, scope, overall, UnitPhrases.Reading.of(String.join("\n", paras)));
        targets(root, p, scope, overall);
        return p;
    }

    /** A clause whose subject is each of a collective: "各区（县级市）要于…", "各地应在…". */
    private static final Pattern EACH_SUBJECT = Pattern.compile("^各[\\p{IsHan}（）()、]{1,16}?(?:要|应|须|需|应当|务必)(?:于|在)?");

    private void emit(Node root, PlanProposal p, Registry.Org scope, LocalDate overall, UnitPhrases.Reading reading) {
        // kinds first: chapters are sections; a node with units or a time node is a task; below a task, sub-tasks
        DocumentTree.kinds(root, false);
        DocumentTree.paths(root, "");
        walk(root, p, scope, overall, false, reading);
    }

    private void walk(Node n, PlanProposal p, Registry.Org scope, LocalDate overall, boolean inSafeguards, UnitPhrases.Reading reading) {
        for (Node c : n.children) {
            boolean safeguards = inSafeguards || DocumentTree.chapter(c) && SAFEGUARDS.matcher(firstSentence(c.text.toString())).find();
            PlanProposal.Task t = new PlanProposal.Task();
            t.path = c.path;
            t.parentPath = n.path;
            t.number = c.label;
            t.kind = c.kind;
            String text = c.text.toString().strip();
            t.title = firstSentence(UnitPhrases.withoutNotes(text.split("\n", 2)[0]));
            t.description = text.length() > t.title.length() + 1 ? text : null;
            if (!"SECTION".equals(t.kind)) {
                timeNode(c, t, p, overall, safeguards, text);
            }
            units(c, t, p, scope, reading, text);
            p.tasks.add(t);
            walk(c, p, scope, overall, safeguards, reading);
        }
    }

    /**
     * A task's time node: the "Time node:" item, else the dates of its own paragraph ("2023年底前完成…"); a sub-task's
     * dates are steps of its task, not deadlines of their own; a task without one runs to the plan's overall goal.
     */
    private static void timeNode(Node c, PlanProposal.Task t, PlanProposal p, LocalDate overall, boolean safeguards, String text) {
        String timeSource = c.timeText.length() > 0 ? c.timeText.toString()
                : "TASK".equals(t.kind) ? withoutClauses(c.text.toString().split("\n", 2)[0]) : "";
        // "各区（县级市）要于2012年底前制定…": a date set for each of a collective is their step, not the task's deadline
        List<String> theirs = new ArrayList<>();
        if (c.timeText.length() == 0) {
            StringBuilder mine = new StringBuilder();
            for (String clause : timeSource.split("(?<=[；;。])")) {
                if (EACH_SUBJECT.matcher(clause.strip()).find() && TimeNodes.stated(clause).isPresent()) {
                    theirs.add(clause.strip().replaceAll("[；;。]$", ""));
                } else {
                    mine.append(clause);
                }
            }
            if (TimeNodes.deadline(mine.toString()).isPresent()) {
                timeSource = mine.toString();
            } else {
                theirs.clear();
            }
        }
        Optional<TimeNodes.Node> own = TimeNodes.deadline(timeSource);
        if (own.isPresent()) {
            t.deadline = own.get().date().toString();
            for (TimeNodes.Node step : TimeNodes.steps(timeSource)) {
                t.milestones.add(new PlanProposal.Milestone(step.date().toString(), step.phrase()));
            }
            for (String clause : theirs) {
                t.milestones.add(new PlanProposal.Milestone(TimeNodes.stated(clause).get().date().toString(), clause));
            }
            t.deadlineText = c.timeText.length() > 0 ? c.timeText.toString().strip() : own.get().phrase();
            // a time node or a date the paragraph sets ("2019年6月底前"); only a goal year ("到2020年，…达到95%") is GOAL
            t.deadlineSource = c.timeText.length() > 0 || TimeNodes.stated(timeSource).isPresent() ? "TEXT" : "GOAL";
        } else if (c.timeText.length() > 0) {
            t.deadlineText = c.timeText.toString().strip();
            p.flags.add(PlanProposal.Flag.of("import.deadline.noDate", List.of(t.deadlineText), t.path));
        } else if (!safeguards && "TASK".equals(t.kind) && overall != null) {
            // no time node of its own: it runs to the plan's overall goal
            t.deadline = overall.toString();
            t.deadlineSource = "OVERALL";
        }
        TimeNodes.recurrence(text + " " + c.timeText).ifPresent(r -> {
            PlanProposal.Reporting rep = new PlanProposal.Reporting();
            r.days().forEach(d -> rep.days.add(d.toString()));
            rep.text = r.phrase();
            rep.taskPath = c.path;
            p.reporting.add(rep);
        });
    }

    /** A task's units: from its notes (or its prose), with those carried forward; one role per organisation and coverage. */
    private void units(Node c, PlanProposal.Task t, PlanProposal p, Registry.Org scope, UnitPhrases.Reading reading, String text) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> clauses = new ArrayList<>(c.unitClauses);
        if (clauses.isEmpty() && !"SUBTASK".equals(t.kind) && !DocumentTree.chapter(c)) {
            clauses.addAll(UnitPhrases.prose(text));
        }
        List<UnitPhrases.Mention> mentions = new ArrayList<>();
        List<UnitPhrases.Mention> carriedBefore = reading.carried();
        for (String clause : clauses) {
            mentions.addAll(UnitPhrases.parse(clause, reading));
        }
        if ("TASK".equals(t.kind)) {
            // "以下均需试点城市政府落实，不再列出": a unit stated once for every later task
            for (UnitPhrases.Mention carried : carriedBefore) {
                if (mentions.stream().noneMatch(m -> m.name().equals(carried.name()))) {
                    mentions.add(carried);
                }
            }
        }
        if (mentions.stream().anyMatch(UnitPhrases.Mention::open)) {
            p.flags.add(PlanProposal.Flag.of("import.unit.openList", List.of(), t.path));
        }
        for (UnitPhrases.Mention m : mentions) {
            for (PlanProposal.Unit u : units.resolve(m, scope)) {
                // one role per organisation and coverage: the first the text gives it
                if (seen.add((u.code == null ? u.text : u.code) + "|" + u.coverage)) {
                    t.units.add(u);
                    if (u.code == null) {
                        p.flags.add(PlanProposal.Flag.of(u.collective == null ? "import.unit.unresolved" : "import.unit.collective",
                                List.of(u.text), t.path));
                    }
                }
            }
        }
        if ("TASK".equals(t.kind) && t.units.isEmpty()) {
            p.flags.add(PlanProposal.Flag.of("import.task.noUnits", List.of(), t.path));
        }
    }

    /** A paragraph without its responsibility clause (whose dates are not the task's). */
    private static String withoutClauses(String paragraph) {
        return paragraph.replaceAll("[\\[〔【(（][^\\]〕】)）]*(?:牵头|负责|落实|配合|responsib|lead|implement|cooperat)[^\\]〕】)）]*[\\]〕】)）]", "");
    }

    static String firstSentence(String text) {
        String first = text.split("\n", 2)[0].strip();
        Matcher m = Pattern.compile("^(.{2,300}?)(?:。|\\.(?=\\s|$)|$)").matcher(first);
        String s = m.find() ? m.group(1).strip() : first;
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // --- targets -----------------------------------------------------------------------------------

    private void targets(Node root, PlanProposal p, Registry.Org scope, LocalDate overall) {
        Integer overallYear = overall == null ? null : overall.getYear();
        if (!root.children.isEmpty()) {
            // the goals: the first chapter and its unnumbered-task paragraphs
            collect(p.overallGoals == null ? "" : p.overallGoals, overallYear, null, p, scope, false);
        }
        for (PlanProposal.Task t : p.tasks) {
            String goals = root.children.isEmpty() ? null : root.children.get(0).path;
            if ("SECTION".equals(t.kind) || t.path.equals(goals) || goals != null && t.path.startsWith(goals + "/")) {
                continue;
            }
            Integer year = t.deadline == null ? overallYear : Integer.valueOf(LocalDate.parse(t.deadline).getYear());
            String text = (t.deadlineText == null ? "" : t.deadlineText + "\n") + (t.description == null ? t.title : t.description);
            collect(text, year, "SUBTASK".equals(t.kind) ? t.parentPath : t.path, p, scope, "SUBTASK".equals(t.kind));
        }
        // a target restated without a recognised indicator, where the same figure was recognised: one target
        p.targets.removeIf(g -> g.indicatorCode == null && p.targets.stream().anyMatch(o -> o.indicatorCode != null
                && Objects.equals(o.relation, g.relation) && eq(o.value, g.value) && eq(o.changePercent, g.changePercent)
                && Objects.equals(o.baselineYear, g.baselineYear) && Objects.equals(o.targetYear, g.targetYear)));
        p.flags.removeIf(f -> f.key().equals("import.target.indicatorUnknown")
                && p.targets.stream().noneMatch(g -> g.indicatorCode == null && g.indicatorPhrase.equals(f.args().get(0))));
    }

    private void collect(String text, Integer year, String taskPath, PlanProposal p, Registry.Org scope, boolean datedOnly) {
        for (TargetPhrases.Mention m : TargetPhrases.find(text, year, datedOnly)) {
            Registry.Indicator i = IndicatorPhrases.indicator(m.indicatorPhrase(), registry);
            PlanProposal.Target g = new PlanProposal.Target();
            g.statement = m.statement().length() > 1000 ? m.statement().substring(0, 1000) : m.statement();
            g.indicatorPhrase = m.indicatorPhrase();
            if (i != null) {
                g.indicatorId = i.id();
                g.indicatorCode = i.code();
                g.indicatorName = i.nameZh();
            }
            g.relation = m.relation().name();
            g.value = m.value();
            g.unit = m.unit();
            g.changePercent = m.changePercent();
            g.baselineYear = m.baselineYear();
            g.targetYear = m.targetYear();
            g.taskPath = taskPath;
            g.scopeCode = scope == null ? null : scope.code();
            g.scopeId = scope == null ? null : scope.id();
            PlanProposal.Target same = p.targets.stream().filter(o -> o.statement.equals(g.statement) && g.indicatorCode != null
                    && g.indicatorCode.equals(o.indicatorCode) && "AT_MOST".equals(o.relation) && "AT_MOST".equals(g.relation)
                    && Objects.equals(o.targetYear, g.targetYear)
                    && (o.value == null) != (g.value == null) && (o.changePercent == null) != (g.changePercent == null)).findFirst().orElse(null);
            if (same != null) {
                // "11.48 % lower than 2015, controlled within 14.5 million tons": one target, stated both ways
                if (same.value == null) {
                    same.value = g.value;
                    same.unit = g.unit;
                } else {
                    same.changePercent = g.changePercent;
                    same.baselineYear = g.baselineYear;
                }
                continue;
            }
            boolean dup = p.targets.stream().anyMatch(o -> Objects.equals(o.indicatorCode, g.indicatorCode) && g.indicatorCode != null
                    && Objects.equals(o.relation, g.relation) && eq(o.value, g.value) && eq(o.changePercent, g.changePercent)
                    && Objects.equals(o.targetYear, g.targetYear));
            if (!dup) {
                p.targets.add(g);
                if (i == null) {
                    p.flags.add(PlanProposal.Flag.of("import.target.indicatorUnknown", List.of(m.indicatorPhrase()), taskPath));
                }
            }
        }
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
