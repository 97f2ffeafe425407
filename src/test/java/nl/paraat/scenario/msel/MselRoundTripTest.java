package nl.paraat.scenario.msel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.paraat.scenario.Inject;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioFiles;
import nl.paraat.scenario.ScenarioLoad;
import nl.paraat.scenario.Sender;
import nl.paraat.world.Text;
import nl.paraat.world.WorldCatalog;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Export then import gives the same injects, compared as data, through CSV and xlsx, in Dutch and English. */
class MselRoundTripTest {
    static final WorldCatalog CATALOG = WorldCatalog.standard();

    static Stream<Arguments> formatsAndLanguages() {
        List<Arguments> a = new ArrayList<>();
        for (SheetFiles.Kind k : SheetFiles.Kind.values()) {
            for (MselLanguage l : MselLanguage.values()) {
                a.add(Arguments.of(k, l));
            }
        }
        return a.stream();
    }

    @ParameterizedTest
    @MethodSource("formatsAndLanguages")
    void testScenarioRoundTrips(SheetFiles.Kind kind, MselLanguage language) {
        Scenario s = ScenarioFiles.load("mini.json");
        assertSameInjects(s, roundTrip(s, kind, language));
    }

    /** Every scenario shipped in scenarios/, when the checkout has them. */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("shippedScenarios")
    void shippedScenariosRoundTrip(Path file) {
        ScenarioLoad load = ScenarioFiles.LOADER.load(file);
        assertTrue(load.ok(), () -> load.problems().toString());
        for (SheetFiles.Kind kind : SheetFiles.Kind.values()) {
            assertSameInjects(load.scenario(), roundTrip(load.scenario(), kind, MselLanguage.NL));
        }
    }

    static Stream<Path> shippedScenarios() throws IOException {
        Path dir = Path.of("scenarios");
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    /** Random texts with ';', quotes, line breaks and é/ë/€ in every free-text field survive both formats. */
    @RepeatedTest(12)
    void randomTextsRoundTrip(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(500 + info.getCurrentRepetition());
        Scenario base = ScenarioFiles.load("mini.json");
        List<Inject> injects = new ArrayList<>();
        for (Inject i : base.injects()) {
            injects.add(new Inject(i.id(), text(rnd), text(rnd), i.type(), i.trigger(), i.phase(), i.pillars(),
                i.elements(), i.recipients(), i.channel(), new Sender(text(rnd), text(rnd)), i.attachments(),
                i.expectedActions(), i.objective(), i.effects(), rnd.nextBoolean() ? null : words(rnd),
                rnd.nextBoolean() ? null : words(rnd)));
        }
        Scenario s = new Scenario(base.meta(), base.phases(), base.roles(), base.reportingDelays(), base.objectives(),
            base.setup(), base.worldEvents(), injects);
        SheetFiles.Kind kind = SheetFiles.Kind.values()[rnd.nextInt(2)];
        MselLanguage lang = MselLanguage.values()[rnd.nextInt(2)];
        assertSameInjects(s, roundTrip(s, kind, lang));
    }

    private static Text text(SplittableRandom rnd) {
        return new Text(words(rnd), words(rnd));
    }

    private static String words(SplittableRandom rnd) {
        String[] pieces = {"Brand", " in ", "haven", ";", "\"", "\n", "\r\n", "é", "ë", "€", ",", "'", "ij", "D+2",
            "{\"a\":1}", " - ", "Ü", "\t"};
        StringBuilder sb = new StringBuilder("x");
        int n = 1 + rnd.nextInt(10);
        for (int k = 0; k < n; k++) {
            sb.append(pieces[rnd.nextInt(pieces.length)]);
        }
        return sb.append('.').toString();
    }

    static MselImport.Result roundTrip(Scenario s, SheetFiles.Kind kind, MselLanguage language) {
        MselExport export = new MselExport(s, language, CATALOG);
        Sheet sheet = export.sheet();
        Sheet back = kind == SheetFiles.Kind.CSV
            ? ExcelCsv.read(ExcelCsv.write(sheet), "m.csv")
            : XlsxSheet.read(XlsxSheet.write(sheet, export.layout()), "m.xlsx");
        return new MselImport(s, CATALOG, ScenarioFiles.LOADER).read(back, "m", "new.json");
    }

    static void assertSameInjects(Scenario expected, MselImport.Result r) {
        assertTrue(r.ok(), () -> String.join("\n", r.errors()));
        assertEquals(List.of(), r.warnings());
        assertEquals(expected.injects().size(), r.scenario().injects().size());
        for (int i = 0; i < expected.injects().size(); i++) {
            assertEquals(expected.injects().get(i), r.scenario().injects().get(i));
        }
        assertEquals(expected.roles(), r.scenario().roles());
        assertEquals(expected.objectives(), r.scenario().objectives());
        assertEquals(expected.meta(), r.scenario().meta());
    }
}
