package org.policytracker.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.plans.entity.Coverage;
import org.policytracker.plans.entity.Plan;
import org.policytracker.plans.entity.PlanLevel;
import org.policytracker.plans.entity.PlanStatus;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskKind;
import org.policytracker.plans.entity.UnitAssignment;
import org.policytracker.plans.entity.UnitRole;
import org.policytracker.reporting.entity.Frequency;
import org.policytracker.reporting.entity.Period;
import org.policytracker.reporting.entity.ReportingCycle;
import org.policytracker.reporting.entity.Submission;

/**
 * Empty report forms for the write benchmark and the fault tests (WriteBenchmark, FaultsIT): a plan of 60 tasks, a cycle whose reporting
 * organisation is the Xi'an bureau (the demo user xian.bureau fills them), and as many draft slots of it as
 * asked, each with its 60 task reports unanswered — built straight through the entities, a chunk per
 * transaction. Added to those tests' deployments only.
 */
@ApplicationScoped
public class WriteSlots {

    static final int TASKS = 60;

    @PersistenceContext
    EntityManager em;

    /** The plan {@code code}, its 60 tasks and its cycle; returns the cycle's id. */
    @Transactional
    public long plan(String code) {
        Organisation office = org("610000");
        Organisation xian = org("610100.IIT");
        Plan plan = new Plan(code, "写入基准方案（合成数据）", PlanLevel.PROVINCIAL);
        plan.changeStatus(PlanStatus.IN_FORCE);
        plan.setOwner(office);
        plan.setPeriodStart(LocalDate.of(2026, 1, 1));
        plan.setPeriodEnd(LocalDate.of(2035, 12, 31));
        em.persist(plan);
        for (int s = 1; s <= 10; s++) {
            Task section = new Task(plan, null, TaskKind.SECTION, String.valueOf(s), s);
            section.setTitleZh("第" + s + "部分");
            em.persist(section);
            for (int t = 1; t <= TASKS / 10; t++) {
                Task task = new Task(plan, section, TaskKind.TASK, s + "." + t, t);
                task.setTitleZh("推进再生水利用配置试点任务（" + s + "." + t + "）");
                task.setDeadline(LocalDate.of(2035, 12, 31));
                task.replaceAssignments(List.of(new UnitAssignment(UnitRole.LEAD, office, Coverage.SELF, null),
                        new UnitAssignment(UnitRole.IMPLEMENTING, xian, Coverage.SELF, null)));
                em.persist(task);
            }
        }
        ReportingCycle cycle = new ReportingCycle(plan, code + "-CYCLE");
        cycle.setNameZh("写入基准报送");
        cycle.setFrequency(Frequency.QUARTERLY);
        cycle.setDueDaysAfterPeriod(15);
        cycle.setReviewer(office);
        cycle.setFirstPeriodStart(LocalDate.of(2026, 1, 1));
        cycle.setLastPeriodEnd(LocalDate.of(2035, 12, 31));
        em.persist(cycle);
        return cycle.getId();
    }

    /** Slots {@code from} … {@code to} (periods W00001 …) of the Xi'an bureau; returns their ids. */
    @Transactional
    public List<Long> slots(long cycleId, int from, int to) {
        ReportingCycle cycle = em.find(ReportingCycle.class, cycleId);
        Organisation xian = org("610100.IIT");
        List<Task> tasks = em.createQuery("select t from Task t where t.plan = :p and t.kind = :k order by t.id", Task.class)
                .setParameter("p", cycle.getPlan()).setParameter("k", TaskKind.TASK).getResultList();
        List<Submission> made = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            Submission s = new Submission(cycle, xian, new Period(String.format("W%05d", i), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
            tasks.forEach(s::addTaskReport);
            em.persist(s);
            made.add(s);
        }
        em.flush();
        return made.stream().map(Submission::getId).toList();
    }

    /** The 60 answers a bureau sends: status, percentage and three paragraphs of the length bureaus write. */
    static jakarta.json.JsonArray answers(List<Long> taskIds) {
        jakarta.json.JsonArrayBuilder a = jakarta.json.Json.createArrayBuilder();
        for (int i = 0; i < taskIds.size(); i++) {
            a.add(jakarta.json.Json.createObjectBuilder().add("taskId", taskIds.get(i)).add("status", "IN_PROGRESS").add("percentDone", 40 + i % 50)
                    .add("narrative", "西安市第" + (i + 1) + "项任务：建成再生水管网 12.6 公里，新增再生水利用量 380 万立方米，"
                            + "完成重点用水企业水效对标 23 家，园区再生水回用率提高到 41.5%，年度目标完成过半。")
                    .add("difficulties", "部分管网建设涉及征地拆迁，进度慢于预期；企业改造资金筹措困难。")
                    .add("nextSteps", "下半年推进管网二期工程，组织水效领跑者遴选，争取中央预算内投资支持。"));
        }
        return a.build();
    }

    /** {@code count} empty forms of a new plan {@code code}, 200 per transaction; their ids written to {@code file}. */
    static void build(WriteSlots slots, String code, int count, java.nio.file.Path file) throws java.io.IOException {
        long cycle = slots.plan(code);
        List<String> ids = new ArrayList<>();
        for (int from = 1; from <= count; from += 200) {
            slots.slots(cycle, from, Math.min(count, from + 199)).forEach(id -> ids.add(String.valueOf(id)));
        }
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Files.writeString(file, String.join("\n", ids));
    }

    /** The forms' ids from {@code file}, as a queue client threads take them from. */
    static java.util.concurrent.ConcurrentLinkedQueue<Long> read(java.nio.file.Path file) throws java.io.IOException {
        java.util.concurrent.ConcurrentLinkedQueue<Long> ids = new java.util.concurrent.ConcurrentLinkedQueue<>();
        java.nio.file.Files.readAllLines(file).forEach(l -> ids.add(Long.valueOf(l.trim())));
        return ids;
    }

    /** The ids of the tasks on form {@code id}, as the API shows it. */
    static List<Long> taskIds(Http http, long id) {
        return http.get("/api/submissions/" + id).object().getJsonArray("taskReports").getValuesAs(jakarta.json.JsonObject.class)
                .stream().map(r -> r.getJsonNumber("taskId").longValue()).toList();
    }

    private Organisation org(String code) {
        return em.createQuery("select o from Organisation o where o.code = :c", Organisation.class).setParameter("c", code).getSingleResult();
    }
}
