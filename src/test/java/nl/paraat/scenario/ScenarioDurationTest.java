package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioDurationTest {
    @ParameterizedTest
    @CsvSource({"2h, 7200", "30m, 1800", "1h30m, 5400", "1d 6h, 108000", "1d6h, 108000", "45s, 45", "0m, 0",
        "90m, 5400", "1d 2h 3m 4s, 93784", "35d, 3024000"})
    void parses(String text, long seconds) {
        assertEquals(seconds, ScenarioDuration.parse(text));
    }

    @ParameterizedTest
    @CsvSource({"7200, 2h", "5400, 1h30m", "108000, 1d 6h", "45, 45s", "0, 0m", "86460, 1d 1m", "93784, 1d 2h3m4s"})
    void formats(long seconds, String text) {
        assertEquals(text, ScenarioDuration.format(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "2", "2 h", "h", "PT2H", "2h1d", "-2h", "1.5h", "2u"})
    void rejectsMalformedDurations(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioDuration.parse(text));
        assertTrue(e.getMessage().startsWith("expected a duration like"), e.getMessage());
    }

    @RepeatedTest(20)
    void roundTripsSeededRandomDurations(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(0xd0d0L + info.getCurrentRepetition());
        for (int i = 0; i < 200; i++) {
            long s = rnd.nextBoolean() ? rnd.nextLong(0, 90 * 86_400L) : rnd.nextLong(0, 600) * 60;
            assertEquals(s, ScenarioDuration.parse(ScenarioDuration.format(s)));
        }
    }
}
