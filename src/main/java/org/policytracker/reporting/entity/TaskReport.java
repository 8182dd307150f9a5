package org.policytracker.reporting.entity;

import org.policytracker.platform.persistence.AuditedPart;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.policytracker.plans.entity.Task;
import org.policytracker.plans.entity.TaskStatus;
import org.policytracker.platform.persistence.Auditable;

/**
 * The draft's answer for one task: status, percent done, what was done, difficulties, next steps;
 * and when the task is delayed or red, why, the corrective action and its own date.
 */
@Entity
@Table(name = "task_report")
public class TaskReport implements AuditedPart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "submission_id", nullable = false)
    private Submission submission;

    @Column(nullable = false)
    private int position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private Task task;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private TaskStatus status;

    @Column(name = "percent_done")
    private Integer percentDone;

    @Column(columnDefinition = "TEXT")
    private String narrative;

    @Column(columnDefinition = "TEXT")
    private String difficulties;

    @Column(name = "next_steps", columnDefinition = "TEXT")
    private String nextSteps;

    @Column(name = "delay_explanation", columnDefinition = "TEXT")
    private String delayExplanation;

    @Column(name = "corrective_action", columnDefinition = "TEXT")
    private String correctiveAction;

    @Column(name = "corrective_due")
    private LocalDate correctiveDue;

    protected TaskReport() {
    }

    TaskReport(Submission submission, int position, Task task) {
        this.submission = submission;
        this.position = position;
        this.task = task;
    }

    /**
     * Whether a status and a percentage can stand together: a task not started is at 0 %, a completed one at 100 % (an
     * empty percentage takes that value). The message key of the contradiction, or null when they agree.
     */
    public static String contradiction(TaskStatus status, Integer percentDone) {
        if (status == TaskStatus.NOT_STARTED && percentDone != null && percentDone != 0) {
            return "report.percent.notStarted";
        }
        if (status == TaskStatus.COMPLETED && percentDone != null && percentDone != 100) {
            return "report.percent.completed";
        }
        return null;
    }

    public void fill(TaskStatus status, Integer percentDone, String narrative, String difficulties, String nextSteps,
                     String delayExplanation, String correctiveAction, LocalDate correctiveDue) {
        this.status = status;
        this.percentDone = percentDone;
        this.narrative = narrative;
        this.difficulties = difficulties;
        this.nextSteps = nextSteps;
        this.delayExplanation = delayExplanation;
        this.correctiveAction = correctiveAction;
        this.correctiveDue = correctiveDue;
    }

    public Long getId() { return id; }
    public Submission getSubmission() { return submission; }
    public int getPosition() { return position; }
    public Task getTask() { return task; }
    public TaskStatus getStatus() { return status; }
    public Integer getPercentDone() { return percentDone; }
    public String getNarrative() { return narrative; }
    public String getDifficulties() { return difficulties; }
    public String getNextSteps() { return nextSteps; }
    public String getDelayExplanation() { return delayExplanation; }
    public String getCorrectiveAction() { return correctiveAction; }
    public LocalDate getCorrectiveDue() { return correctiveDue; }

    @Override
    public Auditable auditRoot() {
        return submission;
    }

    @Override
    public String auditLabel() {
        return "task " + task.getNumber();
    }
}
