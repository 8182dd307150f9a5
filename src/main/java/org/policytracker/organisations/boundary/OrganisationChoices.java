package org.policytracker.organisations.boundary;

import org.policytracker.platform.i18n.Bilingual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.organisations.entity.Organisation;
import org.policytracker.platform.web.Language;

/**
 * The registry's organisations as the forms offer them ("焦作市生态环境局 (JZ-EEB)"), in code order, for
 * the menus that pick a unit, an issuer, a scope, a participant or a reviewer.
 */
@Named("organisationChoices")
@RequestScoped
public class OrganisationChoices {

    /** More than any province's registry; the menus filter as one types. */
    private static final int LIMIT = 5000;

    @Inject
    OrganisationService organisations;

    @Inject
    Language language;

    private List<SelectItem> items;

    @Transactional
    public List<SelectItem> getItems() {
        if (items == null) {
            items = new ArrayList<>();
            for (Organisation o : organisations.list(null, null, null, 0, LIMIT).items()) {
                items.add(new SelectItem(o.getId(), label(o)));
            }
        }
        return items;
    }

    private String label(Organisation o) {
        String name = Bilingual.pick(o.getNameZh(), o.getNameEn(), language.isEnglish(), null);
        return name + " (" + o.getCode() + ")";
    }
}
