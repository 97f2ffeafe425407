package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScenarioRoundTripTest {
    @Test
    void writingAndReadingGivesTheSameScenario() {
        Scenario s = ScenarioFiles.load("mini.json");
        String text = ScenarioWriter.toText(s);
        ScenarioLoad again = ScenarioFiles.LOADER.parse("again.json", text);
        assertTrue(again.ok(), again.problems() + "\n" + text);
        assertEquals(s, again.scenario());
        assertEquals(text, ScenarioWriter.toText(again.scenario()), "writing is stable");
    }

    @Test
    void injectsCanBeReplacedAndTheResultChecked() {
        Scenario s = ScenarioFiles.load("mini.json");
        Scenario fewer = s.withInjects(s.injects().subList(0, 2));
        assertEquals(2, fewer.injects().size());
        assertEquals(s.roles(), fewer.roles());
        ScenarioLoad l = ScenarioFiles.LOADER.parse("fewer.json", ScenarioWriter.toText(fewer));
        assertTrue(l.ok(), l.problems().toString());
        ScenarioLoad broken = ScenarioFiles.LOADER.parse("broken.json",
            ScenarioWriter.toText(s.withInjects(s.injects().subList(3, 4))));
        assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("unknown inject \"T1\"")),
            "N1 waits for T1, which is gone: " + broken.problems());
    }

    @Test
    void theShippedIntroductionScenarioRoundTrips() {
        ScenarioLoad shipped = ScenarioFiles.LOADER.loadShipped("kennismaking");
        assertTrue(shipped.ok(), shipped.problems().toString());
        ScenarioLoad again = ScenarioFiles.LOADER.parse("again.json", ScenarioWriter.toText(shipped.scenario()));
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(shipped.scenario(), again.scenario());
    }
}
