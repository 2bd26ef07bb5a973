package org.ec2tutor;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of the engine's packages (docs/architecture.md). */
class ArchitectureTest {

    private static JavaClasses engine;

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ec2tutor");
    }

    @Test
    void theCloudIsPureJava() {
        noClasses()
                .that()
                .resideInAPackage("..cloud..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "..sdk..",
                        "..cli..",
                        "..session..",
                        "..render..",
                        "..jshell..",
                        "software.amazon.awssdk..",
                        "freemarker..",
                        "com.fasterxml..")
                .check(engine);
    }

    @Test
    void theCloudNeverReadsTheWallClockOrARandomSource() {
        noClasses()
                .that()
                .resideInAPackage("..cloud..")
                .should()
                .callMethod(Instant.class, "now")
                .orShould()
                .callMethod(System.class, "currentTimeMillis")
                .orShould()
                .callMethod(System.class, "nanoTime")
                .orShould()
                .callMethod(UUID.class, "randomUUID")
                .orShould()
                .callConstructor(Random.class)
                .orShould()
                .callConstructor(Random.class, long.class)
                .check(engine);
    }

    @Test
    void theCloudNeverPrints() {
        noClasses()
                .that()
                .resideInAPackage("..cloud..")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(engine);
    }

    @Test
    void theCommandLineReachesTheCloudOnlyThroughTheSdk() {
        // The CLI and learners' Java take one path (Ec2Client), so they behave the same.
        noClasses()
                .that()
                .resideInAPackage("..cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.ec2tutor.cloud..")
                .check(engine);
    }

    @Test
    void theEndpointReachesTheCloudOnlyThroughTheSdk() {
        // Calls over HTTP take the path of the CLI and learners' Java (the SDK clients), so all three behave the same.
        noClasses()
                .that()
                .resideInAPackage("..endpoint..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.ec2tutor.cloud..")
                .check(engine);
    }

    @Test
    void theSdkLayerDoesNotKnowTheSurfacesAboveIt() {
        noClasses()
                .that()
                .resideInAPackage("..sdk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..cli..", "..session..", "..render..", "..endpoint..")
                .check(engine);
    }

    @Test
    void theEnginesPackagesHaveNoCycles() {
        // A cycle (lesson importing session's script reader while session uses lessons) means neither can change
        // alone; shared pieces go to a package both may use, such as cell.
        // The hand-written SDK models (org.ec2tutor.sdk.model) are a module of their own that depends on no ec2-tutor
        // code, so the agent implementing their client interfaces is no cycle with the sdk package.
        slices().matching("org.ec2tutor.(*)..")
                .should()
                .beFreeOfCycles()
                .ignoreDependency(
                        resideInAPackage("org.ec2tutor.agent.."), resideInAPackage("org.ec2tutor.sdk.model.."))
                .check(engine);
    }

    @Test
    void cellsAreCutWithoutKnowingWhoRunsThem() {
        noClasses()
                .that()
                .resideInAPackage("..cell..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..session..", "..lesson..", "..grade..", "..cli..", "..jshell..")
                .check(engine);
    }
}
