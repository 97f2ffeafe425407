package nl.paraat.world;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/parameters.md and docs/indicators.md are generated; this test fails when they are stale. */
class CatalogueDocsTest {
    private static final String HOW = " is stale: regenerate with `mvn -q test -Dtest=CatalogueDocsTest "
        + "-Dparaat.regenerateDocs=true` (or `java -cp target/classes:<deps> nl.paraat.world.CatalogueDocs docs`)";

    @Test
    void parametersDocIsCurrent() throws IOException {
        check(Path.of("docs/parameters.md"), CatalogueDocs.parameters(WorldCatalog.standard()));
    }

    @Test
    void indicatorsDocIsCurrent() throws IOException {
        check(Path.of("docs/indicators.md"), CatalogueDocs.indicators(WorldCatalog.standard()));
    }

    private static void check(Path file, String expected) throws IOException {
        if (Boolean.getBoolean("paraat.regenerateDocs")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        String actual = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(expected, actual, file + HOW);
    }
}
