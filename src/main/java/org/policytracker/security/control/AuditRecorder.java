package org.policytracker.security.control;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.spi.CDI;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.Hibernate;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.hibernate.type.Type;
import org.policytracker.platform.persistence.Auditable;
import org.policytracker.platform.persistence.AuditedPart;
import org.policytracker.platform.persistence.NotAudited;

/**
 * The audit trail by construction: Hibernate tells this recorder of every insert, update and delete it flushes (and of
 * every change to a many-to-many or element collection), so no write path can leave no trace. The changes of one
 * transaction are gathered per record — a {@link AuditedPart part} under its {@link Auditable root} — and written as
 * one {@code audit_event} per record just before the transaction commits, on the same connection: who (from
 * {@link CurrentUser}), when, CREATE / UPDATE / DELETE, and the fields before and after (references by code). An update
 * that changes nothing writes nothing; a rolled-back transaction writes nothing either. Named in
 * {@code persistence.xml} ({@code hibernate.integrator_provider}).
 */
public class AuditRecorder implements IntegratorProvider, Integrator, PostInsertEventListener, PostUpdateEventListener,
        PostDeleteEventListener, PostCollectionRecreateEventListener, PostCollectionUpdateEventListener,
        PreCollectionRemoveEventListener {

    private static final Logger LOG = Logger.getLogger(AuditRecorder.class.getName());

    /** Fields every entity has and no reader needs in a change: bookkeeping, not content. */
    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "createdAt", "updatedAt");

    /** The open transactions' changes, by session (weakly: a session that never completes is not kept alive here). */
    private static final Map<SharedSessionContractImplementor, Transaction> OPEN =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final Map<Class<?>, Boolean> SKIPPED_TYPES = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> SKIPPED_FIELDS = new ConcurrentHashMap<>();

    // ------------------------------------------------------------------ registration

    @Override
    public List<Integrator> getIntegrators() {
        return List.of(this);
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, this);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing kept per factory
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    // ------------------------------------------------------------------ what Hibernate flushes

    @Override
    public void onPostInsert(PostInsertEvent event) {
        record(event.getSession(), event.getEntity(), event.getPersister(), null, event.getState(), Kind.INSERT);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        record(event.getSession(), event.getEntity(), event.getPersister(), event.getOldState(), event.getState(), Kind.UPDATE);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        record(event.getSession(), event.getEntity(), event.getPersister(), event.getDeletedState(), null, Kind.DELETE);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collection(event, Change.CREATED);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collection(event, Change.UPDATED);
    }

    /** A collection replaced by another is removed, then created: the two read as one change (or none). */
    @Override
    public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
        collection(event, Change.REMOVED);
    }

    private enum Change { CREATED, UPDATED, REMOVED }

    private enum Kind { INSERT, UPDATE, DELETE }

    private void record(EventSource session, Object entity, EntityPersister persister, Object[] before, Object[] after,
                        Kind kind) {
        if (skipped(entity.getClass())) {
            return;
        }
        String[] names = persister.getPropertyNames();
        Type[] types = persister.getPropertyTypes();
        Entry entry = transaction(session).entry(root(entity));
        String prefix = entity instanceof AuditedPart p ? p.auditLabel() + " · " : "";
        if (entity instanceof AuditedPart) {
            entry.partChanged = true;
        } else if (kind == Kind.INSERT) {
            entry.created = true;
        } else if (kind == Kind.DELETE) {
            entry.deleted = true;
        }
        for (int i = 0; i < names.length; i++) {
            if (types[i].isCollectionType() || BOOKKEEPING.contains(names[i]) || skipped(entity.getClass(), names[i])) {
                continue;
            }
            // kept as they are (an entity by reference) and shown when written: a lazy reference is not loaded mid-flush
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            if (entry.root != entity && (isRoot(before, i, entry) || isRoot(after, i, entry))) {
                continue; // a part's reference to its own record
            }
            if (kind == Kind.UPDATE && AuditValues.same(old, now)) {
                continue;
            }
            entry.change(prefix + names[i], kind == Kind.INSERT ? AuditValues.Absent.VALUE : old, kind == Kind.DELETE ? AuditValues.Absent.VALUE : now);
        }
        if (entity instanceof AuditedPart && kind != Kind.UPDATE) {
            // a part added or removed shows as such even when all its fields are empty
            entry.change(prefix.substring(0, prefix.length() - 3), kind == Kind.INSERT ? AuditValues.Absent.VALUE : "✓",
                    kind == Kind.INSERT ? "✓" : AuditValues.Absent.VALUE);
        }
    }

    private static boolean isRoot(Object[] state, int i, Entry entry) {
        return state != null && state[i] != null && AuditValues.unproxied(state[i]) == entry.root;
    }

    private void collection(AbstractCollectionEvent event, Change change) {
        Object owner = event.getAffectedOwnerOrNull();
        PersistentCollection<?> c = event.getCollection();
        if (owner == null || skipped(owner.getClass())) {
            return;
        }
        CollectionEntry ce = event.getSession().getPersistenceContextInternal().getCollectionEntry(c);
        CollectionPersister persister = ce == null ? null : ce.getCurrentPersister() != null ? ce.getCurrentPersister()
                : ce.getLoadedPersister();
        if (persister == null || persister.isOneToMany()) {
            return; // its elements are entities of their own, recorded as they are written
        }
        String property = persister.getRole().substring(persister.getRole().lastIndexOf('.') + 1);
        if (skipped(owner.getClass(), property)) {
            return;
        }
        Object old = change == Change.CREATED ? List.of() : elements(c.getStoredSnapshot());
        Object now = change == Change.REMOVED ? List.of() : elements(c);
        if (Objects.equals(old, now)) {
            return;
        }
        Entry entry = transaction(event.getSession()).entry(root(owner));
        String prefix = owner instanceof AuditedPart p ? p.auditLabel() + " · " : "";
        entry.change(prefix + property, old, now);
    }

    private static List<Object> elements(Object collection) {
        Collection<?> items = collection instanceof Map<?, ?> m ? m.values() : collection instanceof Collection<?> cc ? cc : List.of();
        return items.stream().map(AuditValues::value).map(String::valueOf).sorted().map(s -> (Object) s).toList();
    }

    // ------------------------------------------------------------------ one transaction's changes

    private Transaction transaction(EventSource session) {
        return OPEN.computeIfAbsent(session, x -> {
            Transaction t = new Transaction();
            session.getActionQueue().registerProcess((BeforeTransactionCompletionProcess) t);
            session.getActionQueue().registerProcess((AfterTransactionCompletionProcess) t);
            return t;
        });
    }

    private static Object root(Object entity) {
        Object e = entity;
        for (int depth = 0; e instanceof AuditedPart p && depth < 8; depth++) {
            e = AuditValues.unproxied(p.auditRoot());
        }
        return e;
    }

    private static boolean skipped(Class<?> type) {
        return SKIPPED_TYPES.computeIfAbsent(type, t -> t.isAnnotationPresent(NotAudited.class));
    }

    private static boolean skipped(Class<?> type, String field) {
        return SKIPPED_FIELDS.computeIfAbsent(type.getName() + "#" + field, k -> {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(field);
                    return f.isAnnotationPresent(NotAudited.class);
                } catch (NoSuchFieldException e) {
                    // look in the superclass
                }
            }
            return false;
        });
    }

    /** One record's changes in one transaction. */
    private static final class Entry {
        final Object root;
        boolean created;
        boolean deleted;
        boolean partChanged;
        final Map<String, Object> before = new LinkedHashMap<>();
        final Map<String, Object> after = new LinkedHashMap<>();

        Entry(Object root) {
            this.root = root;
        }

        /** The first value before and the last after: several flushes in one transaction read as one change. */
        void change(String field, Object old, Object now) {
            if (!before.containsKey(field)) {
                before.put(field, old);
            }
            after.put(field, now);
        }
    }

    /** The changes of one session's transaction, written just before it commits. */
    private static final class Transaction implements BeforeTransactionCompletionProcess, AfterTransactionCompletionProcess {
        final Map<Object, Entry> entries = new IdentityHashMap<>();

        Entry entry(Object root) {
            return entries.computeIfAbsent(root, Entry::new);
        }

        @Override
        public void doBeforeTransactionCompletion(SessionImplementor session) {
            OPEN.remove(session);
            if (entries.isEmpty()) {
                return;
            }
            String[] who = actor();
            LocalDateTime at = LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
            session.doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement("insert into audit_event (occurred_at, actor,"
                        + " actor_organisation, action, entity_type, entity_id, before_state, after_state)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int rows = 0;
                    for (Entry e : entries.values()) {
                        rows += add(insert, e, who, at);
                    }
                    if (rows > 0) {
                        insert.executeBatch();
                    }
                }
            });
        }

        private static int add(PreparedStatement insert, Entry e, String[] who, LocalDateTime at) throws SQLException {
            if (e.created && e.deleted) {
                return 0; // made and removed within one transaction: nothing was ever there
            }
            String action = e.created ? "CREATE" : e.deleted ? "DELETE" : "UPDATE";
            Map<String, Object> before = new LinkedHashMap<>();
            Map<String, Object> after = new LinkedHashMap<>();
            e.before.forEach((k, v) -> {
                Object now = e.after.get(k);
                if (!AuditValues.same(v, now) || e.created || e.deleted) {
                    if (v != AuditValues.Absent.VALUE) {
                        before.put(k, AuditValues.shown(v));
                    }
                    if (now != AuditValues.Absent.VALUE) {
                        after.put(k, AuditValues.shown(now));
                    }
                }
            });
            if (action.equals("UPDATE") && before.equals(after)) {
                return 0;
            }
            Long id = e.root instanceof Auditable a ? a.getId() : null;
            if (id == null) {
                try {
                    id = (Long) e.root.getClass().getMethod("getId").invoke(e.root);
                } catch (ReflectiveOperationException | ClassCastException x) {
                    LOG.log(Level.WARNING, "audit: no id for " + e.root.getClass().getName(), x);
                    return 0;
                }
            }
            String type = e.root instanceof Auditable a ? a.auditType()
                    : Character.toLowerCase(e.root.getClass().getSimpleName().charAt(0)) + e.root.getClass().getSimpleName().substring(1);
            insert.setObject(1, at);
            insert.setString(2, who[0]);
            insert.setString(3, who[1]);
            insert.setString(4, action);
            insert.setString(5, type);
            insert.setLong(6, id);
            insert.setString(7, action.equals("CREATE") ? null : AuditValues.json(before));
            insert.setString(8, action.equals("DELETE") ? null : AuditValues.json(after));
            insert.addBatch();
            return 1;
        }

        @Override
        public void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
            OPEN.remove(session);
        }
    }

    /** User name and organisation code of whoever acts (the system for work without a request). */
    private static String[] actor() {
        try {
            CurrentUser user = CDI.current().select(CurrentUser.class).get();
            String name = user.name();
            return new String[] {name == null ? "anonymous" : name, user.organisationCode()};
        } catch (ContextNotActiveException | IllegalStateException e) {
            return new String[] {CurrentUser.SYSTEM, null};
        }
    }

}
