package org.policytracker.cases.entity;

import org.policytracker.plans.entity.Recognition;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.organisations.entity.Organisation;

/** A published list (名单), e.g. the 2024 list of typical industrial-wastewater recycling cases, with its rows. */
@Entity
@Table(name = "case_list")
public class CaseList extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    /** The organisation that keeps it (none: the administrator); others use it, only the keeper changes it. */
    @jakarta.persistence.ManyToOne(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.JoinColumn(name = "owner_id")
    private Organisation owner;

    @Column(name = "title_zh", nullable = false, length = 500)
    private String titleZh;

    @Column(name = "title_en", length = 500)
    private String titleEn;

    @Column(name = "list_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Recognition recognition;

    @Column(length = 300)
    private String publisher;

    @Column(name = "source_note", length = 1000)
    private String sourceNote;

    @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<TypicalCase> cases = new ArrayList<>();

    protected CaseList() {
    }

    public CaseList(String code, String titleZh, String titleEn, int year, Recognition recognition, String publisher,
                    String sourceNote) {
        this.code = code;
        describe(titleZh, titleEn, year, recognition, publisher, sourceNote);
    }

    public TypicalCase add(int number, String unitName, String industry, String provinceName,
                           Organisation province, String mode, String practice,
                           String remarks) {
        TypicalCase c = new TypicalCase(this, number, unitName, industry, provinceName, province, mode, practice, remarks);
        cases.add(c);
        return c;
    }

    /** The list's description as now given (its code stays). */
    public void describe(String titleZh, String titleEn, int year, Recognition recognition, String publisher, String sourceNote) {
        this.titleZh = titleZh;
        this.titleEn = titleEn;
        this.year = year;
        this.recognition = recognition;
        this.publisher = publisher;
        this.sourceNote = sourceNote;
    }

    @Override
    public String auditType() {
        return "caseList";
    }


    public String getCode() { return code; }
    public String getTitleZh() { return titleZh; }
    public String getTitleEn() { return titleEn; }
    public int getYear() { return year; }
    public Recognition getRecognition() { return recognition; }
    public String getPublisher() { return publisher; }
    public String getSourceNote() { return sourceNote; }
    public List<TypicalCase> getCases() { return cases; }
    public Organisation getOwner() { return owner; }
    public void setOwner(Organisation owner) { this.owner = owner; }
}
