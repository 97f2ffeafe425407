package nl.paraat;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The architecture rules can fail: each catches its violation in a fixture, and a clean fixture passes. */
class ArchitectureRulesTest {
    private static final String BAD = "nl.paraat.archfixture.bad";
    private static final String CLEAN = "nl.paraat.archfixture.clean";
    private static final JavaClasses BAD_CLASSES = new ClassFileImporter().importPackages(BAD);
    private static final JavaClasses CLEAN_CLASSES = new ClassFileImporter().importPackages(CLEAN);

    static Stream<ArchRule> cleanRules() {
        return ParaatArchitecture.all(CLEAN).stream();
    }

    @ParameterizedTest
    @MethodSource("cleanRules")
    void aCleanProjectWithMostLayersMissingPasses(ArchRule rule) {
        rule.check(CLEAN_CLASSES);
    }

    @Test
    void layerViolationsAreCaught() {
        String report = violations(ParaatArchitecture.layers(BAD));
        assertTrue(report.contains("bad.engine.Clock") && report.contains("bad.cli.Command"), "engine -> cli: " + report);
        assertTrue(report.contains("bad.ui.Screen"), "ui -> cli: " + report);
        assertTrue(report.contains("bad.about.Name"), "about -> engine: " + report);
        assertTrue(report.contains("bad.Main"), "Main -> engine: " + report);
    }

    @Test
    void aPackageOutsideTheLayersIsCaught() {
        String report = violations(ParaatArchitecture.everyPackageHasALayer(BAD));
        assertTrue(report.contains("bad.gadgets.Gadget"), report);
    }

    @Test
    void javafxOutsideUiIsCaught() {
        String report = violations(ParaatArchitecture.javafxOnlyInUi(BAD));
        assertTrue(report.contains("bad.world.Map") && report.contains("javafx.scene.paint.Color"), report);
    }

    @Test
    void mainReachingPastCliAndUiIsCaught() {
        String report = violations(ParaatArchitecture.mainUsesOnlyCliAndUi(BAD));
        assertTrue(report.contains("bad.engine.Clock"), report);
    }

    @Test
    void wallTimeAndMathOnTheSimulationPathAreCaught() {
        String report = violations(ParaatArchitecture.simulationIsPureOfWallTimeAndMath(BAD));
        assertTrue(report.contains("System.currentTimeMillis"), report);
        assertTrue(report.contains("Math.exp"), report);
    }

    private static String violations(ArchRule rule) {
        EvaluationResult result = rule.evaluate(BAD_CLASSES);
        assertTrue(result.hasViolation(), "the rule found no violation: " + rule.getDescription());
        String report = result.getFailureReport().toString();
        assertFalse(report.isBlank());
        return report;
    }
}
