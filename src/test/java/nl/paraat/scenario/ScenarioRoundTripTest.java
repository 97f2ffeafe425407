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
    void theShippedIntroductionScenarioRoundTrips() {
        ScenarioLoad shipped = ScenarioFiles.LOADER.loadShipped("kennismaking");
        assertTrue(shipped.ok(), shipped.problems().toString());
        ScenarioLoad again = ScenarioFiles.LOADER.parse("again.json", ScenarioWriter.toText(shipped.scenario()));
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(shipped.scenario(), again.scenario());
    }
}
