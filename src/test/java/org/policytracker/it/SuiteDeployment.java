package org.policytracker.it;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test class runs against: the build's WAR, booted once per run in one Payara
 * Micro (the Arquillian suite extension; arquillian.xml names this class) instead of once per test class — a boot costs
 * 20–25 s. It carries the classes whose tests run inside the server (their test methods are called there through
 * Arquillian's servlet protocol) and the helpers those tests and the benchmarks install: a test class that runs inside
 * must be listed here. Client tests ({@code @RunAsClient}) need nothing here; the tests that start nodes of their own
 * ({@link ClusterIT}, {@link FaultsIT}, the benchmarks) still do.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment(testable = true)
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("it.war")))
                // tests whose methods run inside the server
                .addClasses(CoreApiIT.class, FaultsIT.class, ReconciliationIT.class, ReportingIT.class, ReportsBenchmark.class,
                        WriteBenchmark.class, NodesBenchmark.class, LoadBenchmark.class)
                // what they use there, and the resources the tests call
                .addClasses(Http.class, Documents.class, WriteSlots.class, FailingCommitResource.class, BareResource.class, Load.class);
    }
}
