package org.policytracker.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policytracker.security.control.AccessPolicy;
import org.policytracker.security.control.CurrentUser;

/**
 * The dependency rules between capabilities (docs/architecture.md), checked on the compiled classes: platform at the
 * bottom, then the organisation registry, then security (who acts, roles, the organisation chain), then the
 * capabilities that own records (plans; reporting, parks, cases), then those that only read them (reports, dashboard,
 * importing, demo). A rule broken fails the build with the offending lines.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.policytracker");
    }

    @Test
    void noCyclesBetweenCapabilities() {
        slices().matching("org.policytracker.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void securityKnowsNoCapabilitysEntitiesOrRules() {
        noClasses().that().resideInAPackage("org.policytracker.security..").should().dependOnClassesThat()
                .resideInAnyPackage("org.policytracker.plans..", "org.policytracker.reporting..", "org.policytracker.parks..",
                        "org.policytracker.cases..", "org.policytracker.importing..", "org.policytracker.reports..",
                        "org.policytracker.dashboard..", "org.policytracker.demo..")
                .because("each capability owns its visibility rules; security keeps identity, roles and the organisation chain")
                .check(classes);
    }

    @Test
    void platformDependsOnNoCapability() {
        noClasses().that().resideInAPackage("org.policytracker.platform..").should().dependOnClassesThat()
                .resideInAnyPackage("org.policytracker.organisations..", "org.policytracker.security..",
                        "org.policytracker.plans..", "org.policytracker.reporting..", "org.policytracker.parks..",
                        "org.policytracker.cases..", "org.policytracker.importing..", "org.policytracker.reports..",
                        "org.policytracker.dashboard..", "org.policytracker.demo..")
                .check(classes);
    }

    @Test
    void theRegistryDependsOnlyOnThePlatform() {
        noClasses().that().resideInAPackage("org.policytracker.organisations..").should().dependOnClassesThat()
                .resideInAnyPackage("org.policytracker.security..", "org.policytracker.plans..", "org.policytracker.reporting..",
                        "org.policytracker.parks..", "org.policytracker.cases..", "org.policytracker.importing..",
                        "org.policytracker.reports..", "org.policytracker.dashboard..", "org.policytracker.demo..")
                .check(classes);
    }

    @Test
    void entitiesDependOnNothingAboveThem() {
        noClasses().that().resideInAPackage("..entity..").should().dependOnClassesThat()
                .resideInAnyPackage("..control..", "..boundary..")
                .because("an entity knows other entities and the platform, never services or views").check(classes);
    }

    /** The capabilities with a boundary of their own. */
    private static final List<String> CAPABILITIES = List.of("organisations", "security", "plans", "reporting", "parks", "cases",
            "reports", "dashboard", "importing");

    @Test
    void aBoundaryCallsItsOwnCapabilitysControl() {
        for (String capability : CAPABILITIES) {
            String own = "org.policytracker." + capability + ".control..";
            noClasses().that().resideInAPackage("org.policytracker." + capability + ".boundary..").should().dependOnClassesThat(
                            resideInAPackage("org.policytracker.*.control..").and(not(resideInAPackage(own)))
                                    .and(not(equivalentTo(AccessPolicy.class))).and(not(equivalentTo(CurrentUser.class))))
                    .because("a page or resource works through its own capability's services, which reach the others; "
                            + "who is asking (security's AccessPolicy and its CurrentUser) is the one service every boundary shares")
                    .check(classes);
        }
    }

    @Test
    void noControlClassSpeaksJaxRs() {
        noClasses().that().resideInAPackage("..control..").should().dependOnClassesThat()
                .resideInAPackage("jakarta.ws.rs..")
                .because("HTTP is the boundary's; a service is called the same way by a page, the API and a job").check(classes);
    }
}
