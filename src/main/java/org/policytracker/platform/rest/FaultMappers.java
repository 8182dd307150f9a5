package org.policytracker.platform.rest;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.policytracker.platform.i18n.Messages;
import org.policytracker.platform.persistence.StaleUpdateException;

/** Failures that are not the caller's: other HTTP statuses kept as problem+json, the database out of reach (503), anything unexpected (500 with an incident id the log names). The caller's own mistakes are {@link ProblemMappers}'. */
public final class FaultMappers {

    private static final Logger LOG = Logger.getLogger(FaultMappers.class.getName());

    private FaultMappers() {
    }

    /** 404 for unknown paths, 405, 406, 415 … keep their status, but speak problem+json. */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(WebApplicationException e) {
            Locale locale = RequestLocale.of(headers);
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
                return ProblemMappers.unreadable(headers, cause);
            }
            int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
            String title = Messages.get(locale, "problem.http." + status);
            if (title.startsWith("problem.http.")) {
                title = Response.Status.fromStatusCode(status) == null ? "HTTP " + status
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
            }
            return Problem.of(status, "http-" + status, title).detail(e.getMessage()).toResponse();
        }
    }

    /**
     * Whether the failure is the database out of reach: a connection refused or lost (SQL state class 08, the
     * driver's and Hibernate's connection exceptions), closed by the pool because the database went away, or
     * the pool unable to open one.
     */
    static boolean databaseUnavailable(Throwable e) {
        Throwable t = e;
        for (int depth = 0; t != null && depth < 12; depth++, t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException q && q.getSQLState() != null && q.getSQLState().startsWith("08")) {
                return true;
            }
            // the pool closes every connection once one is found broken (fail-all-connections): a request
            // using one of them at that moment finds its statement or connection closed under it
            if (t.getClass().getName().equals("com.mysql.cj.exceptions.StatementIsClosedException")
                    || t.getClass().getName().equals("com.mysql.cj.exceptions.ConnectionIsClosedException")) {
                return true;
            }
            // a commit cut off: Payara's XA wrapper of the local transaction passes the pool's failure on as text only
            // (an XAException of XAER_RMERR whose message is the ResourceException's toString, with no cause)
            if (t instanceof javax.transaction.xa.XAException x && (x.errorCode == javax.transaction.xa.XAException.XAER_RMFAIL
                    || String.valueOf(x.getMessage()).startsWith("jakarta.resource."))) {
                return true;
            }
            // the connection pool's own failures: no connection to hand out, or one that broke under a transaction
            if (t.getClass().getName().startsWith("jakarta.resource.") || t.getClass().getName().equals(
                    "com.sun.appserv.connectors.internal.api.PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A failure of the transaction around a resource method (its commit, typically): Jersey's own mapper for
     * these rethrows them unless the application maps them, and the container then answers with an HTML page.
     */
    @Provider
    @jakarta.annotation.Priority(1)
    public static class Transaction implements ExceptionMapper<jakarta.transaction.TransactionalException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(jakarta.transaction.TransactionalException e) {
            Unexpected m = new Unexpected();
            m.headers = headers;
            return m.toResponse(e);
        }
    }

    /** Anything unforeseen: 500 with an incident id; the details go to the server log only. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(Throwable e) {
            if (ProblemMappers.cutOff(e) != null) {
                return ProblemMappers.tooLarge(headers, ProblemMappers.cutOff(e));
            }
            // exceptions wrapped by the container: unwrap to the ones mapped above
            Throwable cause = e.getCause();
            for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
                if (cause instanceof StaleUpdateException s) {
                    ProblemMappers.Stale m = new ProblemMappers.Stale();
                    m.headers = headers;
                    return m.toResponse(s);
                }
                if (cause instanceof OptimisticLockException o) {
                    ProblemMappers.OptimisticLock m = new ProblemMappers.OptimisticLock();
                    m.headers = headers;
                    return m.toResponse(o);
                }
                if (cause instanceof ConstraintViolationException c) {
                    ProblemMappers.Validation m = new ProblemMappers.Validation();
                    m.headers = headers;
                    return m.toResponse(c);
                }
            }
            Locale locale = RequestLocale.of(headers);
            if (databaseUnavailable(e)) {
                // the database restarting or out of reach: the transaction is rolled back, the pool reconnects by itself
                LOG.warning(() -> "Database unavailable: " + e);
                return Response.fromResponse(Problem.of(503, "database-unavailable", Messages.get(locale, "problem.database.title"))
                        .detail(Messages.get(locale, "problem.database.detail")).toResponse()).header("Retry-After", "30").build();
            }
            String incident = Long.toString(System.nanoTime(), 36);
            LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, e);
            return Problem.of(500, "internal", Messages.get(locale, "problem.internal.title"))
                    .detail(Messages.get(locale, "problem.internal.detail", incident))
                    .with("incident", incident)
                    .toResponse();
        }
    }
}
