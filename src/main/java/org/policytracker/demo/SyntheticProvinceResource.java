package org.policytracker.demo;

import org.policytracker.platform.time.Shanghai;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.policytracker.platform.rest.InvalidRequestException;
import org.policytracker.platform.validation.Between;
import org.policytracker.platform.rest.AccessDeniedException;
import org.policytracker.security.control.AccessPolicy;

/**
 * Builds a synthetic province in the running system (scripts/synthetic.sh, docs/benchmarks.md): for the
 * administrator, and only where {@code policytracker.synthetic.enabled} is true (the run command's
 * embedded system; never in production).
 */
@RequestScoped
@Path("demo/synthetic-province")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "demo")
public class SyntheticProvinceResource {

    @Inject
    SyntheticGenerator generator;

    @Inject
    AccessPolicy access;

    @Inject
    @ConfigProperty(name = "policytracker.synthetic.enabled", defaultValue = "false")
    boolean enabled;

    @POST
    @Operation(summary = "Build a synthetic province (administrator; only where policytracker.synthetic.enabled): cities, counties,"
            + " parks with plans and annual reports, plans × tasks with every city's yearly reports; default 12, 120, 300, 10 × 60, 5 years")
    public SyntheticGenerator.Built build(@QueryParam("cities") @DefaultValue("12") @Between(min = 2, max = 99, message = "{synthetic.range}") int cities,
                                          @QueryParam("counties") @DefaultValue("120") @Between(min = 0, max = 5000, message = "{synthetic.range}") int counties,
                                          @QueryParam("parks") @DefaultValue("300") @Between(min = 0, max = 3000, message = "{synthetic.range}") int parks,
                                          @QueryParam("plans") @DefaultValue("10") @Between(min = 1, max = 100, message = "{synthetic.range}") int plans,
                                          @QueryParam("tasks") @DefaultValue("60") @Between(min = 6, max = 600, message = "{synthetic.range}") int tasks,
                                          @QueryParam("years") @DefaultValue("5") @Between(min = 1, max = 10, message = "{synthetic.range}") int years) {
        access.requireSyntheticDataMaker();
        if (!enabled) {
            throw new AccessDeniedException("synthetic.disabled");
        }
        if (generator.exists()) {
            throw new InvalidRequestException("province", "synthetic.exists", SyntheticProvince.PROVINCE);
        }
        int lastYear = java.time.LocalDate.now(Shanghai.ZONE).getYear() - 1;
        return generator.build(new SyntheticProvince.Size(cities, counties, parks, plans, tasks, years, lastYear - years + 1));
    }
}
