package org.policytracker.organisations.boundary;

import java.util.List;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.organisations.entity.OrganisationKind;

/** An organisation as the API shows it. */
public record OrganisationView(Long id, String code, OrganisationKind kind, String nameZh, String nameEn,
                               Long parentId, String parentCode, String email, String documentPrefix, List<String> aliases,
                               long version) {

    public static OrganisationView of(Organisation o) {
        Organisation p = o.getParent();
        return new OrganisationView(o.getId(), o.getCode(), o.getKind(), o.getNameZh(), o.getNameEn(),
                p == null ? null : p.getId(), p == null ? null : p.getCode(), o.getEmail(), o.getDocumentPrefix(),
                List.copyOf(o.getAliases()), o.getVersion());
    }

    /** A short reference to an organisation inside another record. */
    public record Ref(Long id, String code, String nameZh, String nameEn) {
        public static Ref of(Organisation o) {
            return o == null ? null : new Ref(o.getId(), o.getCode(), o.getNameZh(), o.getNameEn());
        }
    }
}
