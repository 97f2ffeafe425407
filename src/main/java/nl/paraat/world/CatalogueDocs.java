package nl.paraat.world;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates docs/parameters.md and docs/indicators.md from the catalogue. Run
 * {@code java -cp target/classes nl.paraat.world.CatalogueDocs [docs-dir]} (or the test with
 * {@code -Dparaat.regenerateDocs=true}) after changing netherlands.json or the indicator catalogue.
 */
public final class CatalogueDocs {
    private CatalogueDocs() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "docs");
        Files.createDirectories(dir);
        WorldCatalog c = WorldCatalog.standard();
        Files.writeString(dir.resolve("parameters.md"), parameters(c), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("indicators.md"), indicators(c), StandardCharsets.UTF_8);
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }

    /** The parameter catalogue as Markdown. */
    public static String parameters(WorldCatalog c) {
        StringBuilder b = new StringBuilder();
        b.append("# Model parameters\n\n")
            .append("Generated from `src/main/resources/nl/paraat/world/netherlands.json` by `nl.paraat.world.CatalogueDocs`;")
            .append(" do not edit by hand (a test fails when this file is stale).\n")
            .append("A scenario overrides a parameter by its id (within [min, max]) and entity fields by entity id")
            .append(" (see `docs/world-data.md`). Source ASSUMPTION marks a planning value without a published figure.\n\n")
            .append(String.format(Locale.ROOT, "%d parameters.%n%n", c.parameters().size()))
            .append("| id | unit | default | min | max | source | description |\n|---|---|---|---|---|---|---|\n");
        for (ParameterDef p : c.parameters()) {
            b.append("| `").append(p.id()).append("` | ").append(cell(p.unit())).append(" | ")
                .append(WorldCatalog.fmt(p.defaultValue())).append(" | ").append(WorldCatalog.fmt(p.min())).append(" | ")
                .append(WorldCatalog.fmt(p.max())).append(" | ").append(cell(p.source())).append(" | ")
                .append(cell(p.description())).append(" |\n");
        }
        return b.toString();
    }

    /** The indicator catalogue as Markdown. */
    public static String indicators(WorldCatalog c) {
        StringBuilder b = new StringBuilder();
        b.append("# Indicators\n\n")
            .append("Generated from the indicator catalogue (`nl.paraat.world.IndicatorCatalogue`) by")
            .append(" `nl.paraat.world.CatalogueDocs`; do not edit by hand.\n")
            .append("Every indicator is sampled once per simulated hour (an event of priority SAMPLE, after everything")
            .append(" else in that second) into a time series inside the simulation; `World.indicator` gives the current")
            .append(" true value, `World.series` the sampled one. Scope NATIONAL has the single scope id `NL`.\n\n")
            .append(String.format(Locale.ROOT, "%d indicators.%n%n", c.indicators().size()))
            .append("## Coverage\n\n| BLR / pillar | indicators |\n|---|---|\n");
        for (String k : new String[] {"BLR1", "BLR2", "BLR3", "BLR4", "BLR5", "BLR6", "BLR7", "P1", "P2", "P3", "P4",
            "P5", "P6"}) {
            StringBuilder ids = new StringBuilder();
            for (IndicatorDef d : c.indicators()) {
                if (d.blrs().contains(k) || d.pillars().contains(k)) {
                    ids.append(ids.length() == 0 ? "" : ", ").append('`').append(d.id()).append('`');
                }
            }
            b.append("| ").append(k).append(" | ").append(ids).append(" |\n");
        }
        b.append("\n## Definitions\n\n| id | name (NL / EN) | unit | scope | group | BLR | pillar | meaning | formula |\n")
            .append("|---|---|---|---|---|---|---|---|---|\n");
        for (IndicatorDef d : c.indicators()) {
            b.append("| `").append(d.id()).append("` | ").append(cell(d.name().nl())).append(" / ").append(cell(d.name().en()))
                .append(" | ").append(cell(d.unit())).append(" | ").append(d.scope()).append(" | ").append(d.group())
                .append(" | ").append(String.join(", ", d.blrs())).append(" | ").append(String.join(", ", d.pillars()))
                .append(" | ").append(cell(d.meaning())).append(" | ").append(cell(d.formula())).append(" |\n");
        }
        return b.toString();
    }
}
