package nl.paraat;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The architecture rules of {@code design.md}, written for a base package so the same rules check the
 * product ({@code nl.paraat}) and, in {@code ArchitectureRulesTest}, small fixtures with deliberate
 * violations (which prove every rule can fail).
 *
 * <p>Layers, one way: {@code engine <- world <- scenario <- exercise <- debrief <- {ui, cli}}; a layer
 * may use every layer below it. {@code about} (name and version) sits under all and uses none.
 * {@code Main} (the base package itself) uses only {@code cli} and {@code ui}. Layers without classes
 * yet are allowed (optional), so the rules hold while the product grows.
 */
final class ParaatArchitecture {
    static final List<String> LAYERS =
        List.of("about", "engine", "world", "scenario", "exercise", "debrief", "ui", "cli");

    private ParaatArchitecture() {
    }

    /** Dependencies between the project's packages point down the layers only. */
    static ArchRule layers(String base) {
        return layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("about").definedBy(base + ".about..")
            .layer("engine").definedBy(base + ".engine..")
            .layer("world").definedBy(base + ".world..")
            .layer("scenario").definedBy(base + ".scenario..")
            .layer("exercise").definedBy(base + ".exercise..")
            .layer("debrief").definedBy(base + ".debrief..")
            .layer("ui").definedBy(base + ".ui..")
            .layer("cli").definedBy(base + ".cli..")
            .layer("main").definedBy(base)
            .whereLayer("about").mayNotAccessAnyLayer()
            .whereLayer("engine").mayOnlyAccessLayers("about")
            .whereLayer("world").mayOnlyAccessLayers("engine", "about")
            .whereLayer("scenario").mayOnlyAccessLayers("world", "engine", "about")
            .whereLayer("exercise").mayOnlyAccessLayers("scenario", "world", "engine", "about")
            .whereLayer("debrief").mayOnlyAccessLayers("exercise", "scenario", "world", "engine", "about")
            .whereLayer("ui").mayOnlyAccessLayers("debrief", "exercise", "scenario", "world", "engine", "about")
            .whereLayer("cli").mayOnlyAccessLayers("debrief", "exercise", "scenario", "world", "engine", "about")
            .whereLayer("main").mayOnlyAccessLayers("ui", "cli")
            .because("design.md: engine <- world <- scenario <- exercise <- debrief <- {ui, cli}");
    }

    /** Every package belongs to a layer, so a new package cannot slip past the layer rule. */
    static ArchRule everyPackageHasALayer(String base) {
        String[] known = new String[LAYERS.size() + 1];
        known[0] = base;
        for (int i = 0; i < LAYERS.size(); i++) {
            known[i + 1] = base + "." + LAYERS.get(i) + "..";
        }
        return classes().that().resideInAPackage(base + "..")
            .should().resideInAnyPackage(known)
            .because("every package belongs to a layer of design.md; a new top-level package needs a place "
                + "in ParaatArchitecture and docs/architecture.md");
    }

    /** JavaFX (and the theme built on it) only in {@code ui}, so the rest runs headless. */
    static ArchRule javafxOnlyInUi(String base) {
        return noClasses().that().resideInAPackage(base + "..")
            .and().resideOutsideOfPackage(base + ".ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..")
            .because("nothing outside ui imports javafx, so run, montecarlo and report work headless");
    }

    /** {@code Main} hands over to the CLI or the UI and uses nothing else of the project or beyond Java. */
    static ArchRule mainUsesOnlyCliAndUi(String base) {
        return classes().that().resideInAPackage(base)
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(base, base + ".cli..", base + ".ui..", "java..")
            .because("Main imports only cli and ui");
    }

    /** The simulation path never reads wall time and samples with StrictMath, for replays on every JVM. */
    static ArchRule simulationIsPureOfWallTimeAndMath(String base) {
        DescribedPredicate<JavaClass> clocks = assignableTo(Instant.class).or(assignableTo(LocalDateTime.class))
            .or(assignableTo(LocalDate.class)).or(assignableTo(ZonedDateTime.class)).or(assignableTo(Clock.class));
        return noClasses().that().resideInAnyPackage(base + ".engine..", base + ".world..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethodWhere(target(name("now")).and(target(owner(clocks))))
            .orShould().callMethodWhere(target(owner(equivalentTo(Math.class))).and(target(nameMatching(
                "exp|expm1|log|log10|log1p|pow|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|cbrt|hypot"))))
            .because("a run is a pure function of its inputs: no wall time, and StrictMath (not Math) for "
                + "transcendental functions whose last bit may differ between JVMs");
    }

    static List<ArchRule> all(String base) {
        return List.of(layers(base), everyPackageHasALayer(base), javafxOnlyInUi(base), mainUsesOnlyCliAndUi(base),
            simulationIsPureOfWallTimeAndMath(base));
    }
}
