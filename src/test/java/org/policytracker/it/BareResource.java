package org.policytracker.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The ceiling of the read benchmark (LoadBenchmark): a JAX-RS endpoint on the same server, behind the same
 * token check, that does nothing — no database, no access rules. Added to the benchmark's deployment only.
 */
@RequestScoped
@Path("bench/bare")
public class BareResource {

    @GET
    @Operation(hidden = true) // a test fixture, not part of the API the document describes
    @Produces(MediaType.APPLICATION_JSON)
    public String bare() {
        return "{\"ok\":true}";
    }
}
