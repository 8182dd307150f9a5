package org.policytracker.importing.control;

import org.policytracker.platform.io.FileType;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.platform.persistence.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.control.IndicatorService;
import org.policytracker.plans.control.PlanData;
import org.policytracker.plans.control.PlanService;
import org.policytracker.plans.control.TargetData;
import org.policytracker.plans.control.TaskData;
import org.policytracker.plans.control.TaskService;
import org.policytracker.plans.entity.Plan;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.plans.control.PlanAccess;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.reporting.control.ProgressService;

/**
 * A plan office reads a plan document into a proposal (nothing saved), corrects it, and accepts it: the
 * plan, its tasks with their units and deadlines, and its targets are then created in one transaction —
 * or, if anything is still unresolved or invalid, nothing is, and every problem is named by its place
 * in the proposal ("tasks[3].units[1].organisationId").
 */
@ApplicationScoped
public class PlanImportService {

    /** Larger than any plan document; a bigger upload is refused. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    @Inject
    OrganisationService organisations;

    @Inject
    IndicatorService indicators;

    @Inject
    PlanService plans;

    @Inject
    TaskService tasks;

    @Inject
    AccessPolicy access;

    @Inject
    PlanAccess planAccess;

    /** The registry as the importer sees it: every organisation with its aliases and parent, every indicator. */
    @Transactional
    public Registry registry() {
        List<Registry.Org> orgs = new ArrayList<>();
        for (Organisation o : organisations.list(null, null, null, 0, Page.EVERY).all()) {
            orgs.add(new Registry.Org(o.getId(), o.getCode(), o.getNameZh(), o.getNameEn(), List.copyOf(o.getAliases()), o.getKind().name(),
                    o.getParent() == null ? null : o.getParent().getCode()));
        }
        return new Registry(orgs, indicators());
    }

    /** Whether the person may import plans at all (the import page's question before offering the upload). */
    public boolean mayImport() {
        try {
            requireImporter();
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** The indicators a proposal's targets may name, for the import page's choice. */
    @Transactional
    public List<Registry.Indicator> indicators() {
        // the indicators only: the import page's menu needs no organisation of the registry
        return indicators.indicators(null, 0, Page.EVERY).all().stream()
                .map(i -> new Registry.Indicator(i.getId(), i.getCode(), i.getNameZh(), i.getNameEn(), i.getUnit())).toList();
    }

    /** Whether an upload is an Excel workbook (a task list) rather than a document: judged by its content. */
    public static boolean isWorkbook(byte[] content) {
        return FileType.detect(content, null).filter(t -> t == FileType.XLSX).isPresent();
    }

    /** Who may read a document or task list into a proposal: a plan office or the administrator (asked before the body is read). */
    public void requireImporter() {
        planAccess.ownerForNewPlan(null);
    }

    /** Reads a document (plain text or .docx) into a proposal, its flags in {@code locale}; nothing is saved. */
    @Transactional
    public PlanProposal propose(byte[] document, Locale locale) {
        planAccess.ownerForNewPlan(null);
        if (document == null || document.length == 0) {
            throw new InvalidRequestException("file", "import.file.empty");
        }
        if (document.length > MAX_BYTES) {
            throw new InvalidRequestException("file", "import.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        PlanDocument doc;
        try {
            doc = PlanDocument.of(document);
        } catch (IOException e) {
            throw new InvalidRequestException("file", "import.file.unreadable");
        }
        PlanProposal p = new PlanTextParser(registry()).parse(doc);
        localize(p, locale);
        return p;
    }

    @Inject
    ProgressService progress;

    /**
     * A plan's task list as a workbook: every node with its units by role, deadline, and — from the reports — status,
     * light, percent and the latest words reported.
     */
    @Transactional
    public byte[] exportTasks(long planId, java.time.LocalDate today) {
        ProgressService.PlanProgress pp = progress.planProgress(planId, today);
        List<PlanProposal.Task> rows = new ArrayList<>();
        Map<String, TaskSheet.Progress> state = new HashMap<>();
        for (ProgressService.TaskProgress tp : pp.tasks()) {
            var t = tp.task();
            PlanProposal.Task r = new PlanProposal.Task();
            r.path = t.path();
            r.kind = t.getKind().name();
            r.number = t.getNumber();
            r.title = t.getTitleZh() != null ? t.getTitleZh() : t.getTitleEn();
            r.description = t.getDescription();
            r.deadline = t.getDeadline() == null ? null : t.getDeadline().toString();
            r.deadlineText = t.getDeadlineText();
            for (var a : t.getAssignments()) {
                PlanProposal.Unit u = new PlanProposal.Unit();
                u.role = a.getRole().name();
                u.code = a.getOrganisation().getCode();
                u.name = a.getOrganisation().getNameZh();
                u.coverage = a.getCoverage().name();
                r.units.add(u);
            }
            rows.add(r);
            String latest = tp.contributions().stream().filter(c -> c.remarks() != null && c.remarks().narrative() != null)
                    .map(c -> c.organisation().getNameZh() + "：" + c.remarks().narrative()).reduce((a, b) -> a + "\n" + b).orElse(null);
            state.put(r.path, new TaskSheet.Progress(tp.status() == null ? null : tp.status().name(), tp.light() == null ? null : tp.light().name(),
                    tp.percent(), latest));
        }
        return TaskSheet.write(rows, state);
    }

    /** A task list from a workbook (one written by {@link #exportTasks} or the template), as a proposal's tasks. */
    @Transactional
    public PlanProposal proposeFromSheet(byte[] xlsx) {
        planAccess.ownerForNewPlan(null);
        if (xlsx == null || xlsx.length == 0) {
            throw new InvalidRequestException("file", "import.file.empty");
        }
        PlanProposal p = new PlanProposal();
        p.tasks = TaskSheet.read(xlsx, registry());
        return p;
    }

    /** Sets each flag's message in {@code locale}. */
    public static void localize(PlanProposal p, Locale locale) {
        List<PlanProposal.Flag> out = new ArrayList<>();
        for (PlanProposal.Flag f : p.flags) {
            out.add(new PlanProposal.Flag(f.key(), f.args(), f.path(), Messages.get(locale, f.key(), f.args().toArray())));
        }
        p.flags = out;
    }

    /**
     * Creates the plan the (corrected) proposal describes, with its tasks, units, deadlines and targets, all or
     * nothing; the plan office's own organisation owns it.
     */
    @Transactional
    public Plan accept(PlanProposal p) {
        planAccess.ownerForNewPlan(null);
        List<InvalidRequestException.FieldProblem> problems = ProposalCheck.problems(p);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        // the bodies the user confirmed as new: registered first (once each), then assigned like any other
        Map<String, Long> registered = new HashMap<>();
        for (int i = 0; i < p.tasks.size(); i++) {
            for (int j = 0; j < p.tasks.get(i).units.size(); j++) {
                PlanProposal.Unit u = p.tasks.get(i).units.get(j);
                if (u.organisationId == null && ProposalCheck.registering(u)) {
                    PlanProposal.NewOrganisation n = u.proposedOrganisation;
                    String at = "tasks[" + i + "].units[" + j + "].proposedOrganisation.";
                    u.organisationId = registered.computeIfAbsent(n.kind + "|" + n.parentId + "|" + n.nameZh.strip(), k -> prefixed(at,
                            () -> organisations.registerNamedInPlan(n.kind, n.parentId, n.nameZh, n.nameEn)).getId());
                }
            }
        }
        List<Long> issuerIds = p.issuers == null ? List.of()
                : p.issuers.stream().map(u -> u.organisationId).filter(java.util.Objects::nonNull).distinct().toList();
        Plan plan = prefixed("", () -> plans.create(new PlanData(p.code, p.titleZh, p.titleEn, first(p.documentNumbers), p.level, "IN_FORCE",
                p.issueDate, p.periodStart, p.periodEnd, cut(p.overallGoals, 20000), null, null, issuerIds, null, null)));
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < p.tasks.size(); i++) {
            PlanProposal.Task t = p.tasks.get(i);
            List<TaskData.Assignment> units = new ArrayList<>();
            for (PlanProposal.Unit u : t.units) {
                units.add(new TaskData.Assignment(u.role, u.organisationId, u.coverage == null ? "SELF" : u.coverage, cut(u.note, 500)));
            }
            boolean zh = t.title != null && UnitResolver.isChinese(t.title);
            List<TaskData.MilestoneData> steps = new ArrayList<>();
            for (PlanProposal.Milestone m : t.milestones == null ? List.<PlanProposal.Milestone>of() : t.milestones) {
                String words = cut(m.text, 1000);
                steps.add(new TaskData.MilestoneData(m.due, zh ? words : null, zh ? null : words));
            }
            TaskData d = new TaskData(plan.getId(), t.parentPath == null ? null : ids.get(t.parentPath), t.kind, t.number, null,
                    zh ? cut(t.title, 500) : null, zh ? null : cut(t.title, 500), cut(t.description, 20000), t.deadline, cut(t.deadlineText, 1000),
                    "NOT_STARTED", units, steps.isEmpty() ? null : steps, null);
            long id = prefixed("tasks[" + i + "].", () -> tasks.create(d)).getId();
            ids.put(t.path, id);
        }
        for (int i = 0; i < p.targets.size(); i++) {
            PlanProposal.Target g = p.targets.get(i);
            TargetData d = new TargetData(g.indicatorId, plan.getId(), g.taskPath == null ? null : ids.get(g.taskPath), g.scopeId, g.relation,
                    g.baselineYear, null, g.targetYear, g.value, g.changePercent, cut(g.statement, 1000), null);
            prefixed("targets[" + i + "].", () -> indicators.createTarget(d));
        }
        return plan;
    }

    /** Runs a service call; its refusals name their fields under {@code prefix} (the place in the proposal). */
    private static <T> T prefixed(String prefix, java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (InvalidRequestException e) {
            List<InvalidRequestException.FieldProblem> moved = new ArrayList<>();
            for (InvalidRequestException.FieldProblem f : e.problems()) {
                moved.add(new InvalidRequestException.FieldProblem(prefix + f.field(), f.messageKey(), f.args()));
            }
            throw new InvalidRequestException(moved);
        } catch (NotFoundException e) {
            throw new InvalidRequestException(prefix + (e.field() == null ? "id" : e.field()), "import.reference.unknown");
        }
    }

    private static String first(List<String> list) {
        return list == null || list.isEmpty() ? null : cut(list.get(0), 100);
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
