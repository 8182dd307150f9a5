package org.policytracker.organisations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.BaseEntity;
import org.policytracker.platform.persistence.Changes;

/**
 * A unit in the hierarchy (单位): a national agency, a province, a provincial department, a city,
 * a city bureau, a county, an industrial park's committee or an enterprise. Its {@code code} is
 * stable (the administrative division code where there is one). Texts name the same unit in
 * several ways, so it keeps aliases: "Provincial Water Resources Department" =
 * "Shaanxi Provincial Water Conservancy Department" = 省水利厅.
 */
@Entity
@EntityListeners(Changes.class)
@Table(name = "organisation")
public class Organisation extends BaseEntity implements Auditable {

    @Column(nullable = false, length = 64, unique = true)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private OrganisationKind kind;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    /** The mailbox reminders go to (the unit's duty office), if known. */
    @Column(length = 254)
    private String email;

    /** The prefix of its document numbers (机关代字, e.g. 陕工信函): an issued report is numbered 陕工信函〔2026〕12号. */
    @Column(name = "document_prefix", length = 40)
    private String documentPrefix;

    @ElementCollection
    @CollectionTable(name = "organisation_alias", joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "alias", length = 300, nullable = false)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Organisation() {
    }

    public Organisation(String code, OrganisationKind kind, String nameZh, String nameEn) {
        this.code = code;
        this.kind = kind;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String getDocumentPrefix() {
        return documentPrefix;
    }

    public void setDocumentPrefix(String documentPrefix) {
        this.documentPrefix = documentPrefix;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public void rename(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** Replaces the aliases; blank entries are dropped, each alias is cut to 300 characters. */
    public void replaceAliases(Collection<String> newAliases) {
        aliases.clear();
        if (newAliases != null) {
            // the database compares aliases case-insensitively: keep one of "Finance Bureau" / "finance bureau"
            java.util.Set<String> seen = new java.util.HashSet<>();
            newAliases.stream().filter(java.util.Objects::nonNull).map(String::strip).filter(a -> !a.isEmpty()).map(a -> a.length() > 300 ? a.substring(0, 300) : a)
                    .filter(a -> seen.add(a.toLowerCase(java.util.Locale.ROOT))).forEach(aliases::add);
        }
    }

    /** This organisation and its ancestors, nearest first. */
    public List<Organisation> selfAndAncestors() {
        List<Organisation> chain = new ArrayList<>();
        for (Organisation o = this; o != null && chain.size() < 16; o = o.getParent()) {
            chain.add(o);
        }
        return chain;
    }

    @Override
    public String auditType() {
        return "organisation";
    }


    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public OrganisationKind getKind() { return kind; }
    public void setKind(OrganisationKind kind) { this.kind = kind; }
    public String getNameZh() { return nameZh; }
    public String getNameEn() { return nameEn; }
    public Organisation getParent() { return parent; }
    public void setParent(Organisation parent) { this.parent = parent; }
    public Set<String> getAliases() { return aliases; }
}
