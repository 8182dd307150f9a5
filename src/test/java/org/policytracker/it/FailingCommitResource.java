package org.policytracker.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * FaultsIT's stand-in for a commit cut off by the database going away (rare to catch under load): a resource
 * method failing the way the transaction interceptor fails then. Added to that test's deployment only.
 */
@RequestScoped
@Path("test/failing-commit")
public class FailingCommitResource {

    @POST
    @Operation(hidden = true) // a test fixture, not part of the API the document describes
    public String commit() {
        // the chain Payara produced when MariaDB was killed during a commit (FaultsIT's CI run of 2026-11-29):
        // the pool's LocalTransactionException reaches the transaction manager as the text of an XAException
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException(
                new jakarta.resource.spi.LocalTransactionException("Communications link failure").toString());
        xa.errorCode = javax.transaction.xa.XAException.XAER_RMERR;
        jakarta.transaction.SystemException cause = new jakarta.transaction.SystemException();
        cause.initCause(xa);
        throw new TransactionalException("Managed bean with Transactional annotation and TxType of REQUIRED encountered exception during commit",
                cause);
    }
}
