package org.policytracker.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.policytracker.organisations.control.OrganisationService;
import org.policytracker.platform.persistence.NotFoundException;
import org.policytracker.platform.persistence.Page;
import org.policytracker.platform.persistence.StaleUpdateException;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.security.entity.Person;
import java.util.List;
import java.util.ArrayList;
import org.policytracker.organisations.entity.Organisation_;
import org.policytracker.security.entity.Person_;
import org.policytracker.platform.persistence.CriteriaPage;
import jakarta.persistence.criteria.Predicate;

/**
 * The administrator's record of who works for which organisation. Identity and roles stay in
 * Keycloak; this mapping, where present, decides the organisation a user acts for (it overrides
 * the {@code org} claim of the token), and an inactive person has no rights at all.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    public static final String ENTITY = "person";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccessPolicy access;


    @Inject
    OrganisationService organisations;

    /** The mapping of a user name, without access checks: used to find out who is acting. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> byUsername(String username) {
        try {
            return Optional.of(em.createQuery("select p from Person p join fetch p.organisation where p.username = :u",
                    Person.class).setParameter("u", username).getSingleResult());
        } catch (NoResultException e) {
            return Optional.empty();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Person> list(Long organisationId, String text, int page, int size) {
        access.requirePeopleReader();
        return CriteriaPage.page(em, Person.class, (cb, p, query) -> {
            List<Predicate> where = new ArrayList<>();
            if (organisationId != null) {
                where.add(cb.equal(p.get(Person_.organisation).get(Organisation_.id), organisationId));
            }
            if (CriteriaPage.given(text)) {
                where.add(CriteriaPage.containing(cb, CriteriaPage.pattern(text), p.get(Person_.username), p.get(Person_.displayName)));
            }
            return where;
        }, (cb, p) -> List.of(cb.asc(p.get(Person_.username))), page, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(long id) {
        access.requirePeopleReader();
        Person p = em.find(Person.class, id);
        if (p == null) {
            throw new NotFoundException(ENTITY, id);
        }
        return p;
    }

    public Person create(PersonData data) {
        access.requireOrganisationAdmin();
        if (byUsername(data.username().strip()).isPresent()) {
            throw new InvalidRequestException("username", "person.username.taken", data.username());
        }
        Person p = new Person(data.username().strip());
        apply(p, data);
        em.persist(p);
        em.flush();
        return p;
    }

    public Person update(long id, PersonData data) {
        access.requireOrganisationAdmin();
        Person p = get(id);
        StaleUpdateException.check(ENTITY, id, data.version(), p.getVersion());
        byUsername(data.username().strip()).filter(o -> !o.getId().equals(p.getId())).ifPresent(o -> {
            throw new InvalidRequestException("username", "person.username.taken", data.username());
        });
        p.setUsername(data.username().strip());
        apply(p, data);
        em.flush();
        return p;
    }

    private void apply(Person p, PersonData data) {
        p.setDisplayName(data.displayName() == null || data.displayName().isBlank() ? null : data.displayName().strip());
        p.setOrganisation(organisations.reference(data.organisationId(), "organisationId"));
        p.setActive(data.active() == null || data.active());
    }
}
