package org.policytracker.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are "the database is away" (503, try again) and which stay unexpected (500 with an incident). */
class DatabaseUnavailableTest {

    private static TransactionalException commitFailed(Throwable under) {
        SystemException system = new SystemException();
        system.initCause(under);
        return new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit",
                system);
    }

    private static XAException xa(String message, int code) {
        XAException x = new XAException(message);
        x.errorCode = code;
        return x;
    }

    @Test
    void aCommitCutOffByTheDatabaseGoingAwayIsUnavailability() {
        // as Payara reported it when MariaDB was killed during a commit: the cause is only text
        assertTrue(FaultMappers.databaseUnavailable(commitFailed(xa(
                "jakarta.resource.spi.LocalTransactionException: Communications link failure", XAException.XAER_RMERR))));
        assertTrue(FaultMappers.databaseUnavailable(commitFailed(xa("resource manager gone", XAException.XAER_RMFAIL))));
    }

    @Test
    void connectionFailuresAreUnavailability() {
        assertTrue(FaultMappers.databaseUnavailable(new RuntimeException(new SQLException("Communications link failure", "08S01"))));
        assertTrue(FaultMappers.databaseUnavailable(new java.sql.SQLTransientConnectionException("pool exhausted")));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(FaultMappers.databaseUnavailable(new IllegalStateException("a bug")));
        assertFalse(FaultMappers.databaseUnavailable(new RuntimeException(new SQLException("Duplicate entry", "23000"))));
        assertFalse(FaultMappers.databaseUnavailable(commitFailed(xa("heuristic", XAException.XA_HEURMIX))));
        assertFalse(FaultMappers.databaseUnavailable(commitFailed(new IllegalStateException("a bug at commit"))));
    }
}
