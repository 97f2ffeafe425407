package nl.paraat.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioTimeTest {
    private static final long H = 3600;
    private static final long DAY = ScenarioTime.DAY;

    @ParameterizedTest
    @CsvSource({
        "D+2 08:00, 201600",
        "D-3 14:30, -207000",
        "D 06:00, 21600",
        "D+0 06:00, 21600",
        "D-0 06:00, 21600",
        "D+2 08:00:15, 201615",
        "D+1 8:05, 115500",
        "D+2, 172800",
        "D, 0",
        "'  D+1 00:00  ', 86400",
    })
    void parsesRelativeToD(String text, long seconds) {
        assertEquals(seconds, ScenarioTime.parseFromD(text));
    }

    @Test
    void formatsWithSecondsOnlyWhenNotZero() {
        assertEquals("D+2 08:00", ScenarioTime.formatFromD(2 * DAY + 8 * H));
        assertEquals("D+2 08:00:15", ScenarioTime.formatFromD(2 * DAY + 8 * H + 15));
        assertEquals("D-3 14:30", ScenarioTime.formatFromD(-3 * DAY + 14 * H + 1800));
        assertEquals("D+0 06:00", ScenarioTime.formatFromD(6 * H));
        assertEquals("D-1 23:00", ScenarioTime.formatFromD(-H));
        assertEquals("D-1 23:59:59", ScenarioTime.formatFromD(-1));
    }

    @Test
    void modelTimeCountsFromT0() {
        ScenarioTime t = new ScenarioTime(3 * H); // D lies three hours after T0: T0 = D-1 21:00
        assertEquals(0, t.parse("D-1 21:00"));
        assertEquals(3 * H, t.parse("D 00:00"));
        assertEquals("D-1 21:00", t.format(0));
        assertEquals("D+0 01:30", t.format(4 * H + 1800));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D+2 24:00", "D+2 08:60", "D+2 08:00:60", "D+ 08:00", "d+2 08:00", "D+2 0800",
        "D+2 08", "T+2 08:00", "D+2 08:00:1", "D+1234567 00:00", "D+2  08:00 x", "08:00", "D++2 08:00"})
    void rejectsMalformedTimesSayingWhatWasExpected(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScenarioTime.parseFromD(text));
        assertTrue(e.getMessage().startsWith("expected "), e.getMessage());
        assertTrue(e.getMessage().contains("D+2 08:00"), e.getMessage());
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(IllegalArgumentException.class, () -> ScenarioTime.parseFromD(null));
    }

    @RepeatedTest(50)
    void roundTripsSeededRandomTimes(RepetitionInfo info) {
        SplittableRandom rnd = new SplittableRandom(0x7157L + info.getCurrentRepetition());
        for (int i = 0; i < 200; i++) {
            long offset = rnd.nextLong(-40 * DAY, 40 * DAY);
            ScenarioTime time = new ScenarioTime(offset);
            long t = rnd.nextBoolean() ? rnd.nextLong(-100 * DAY, 100 * DAY) : rnd.nextLong(-100, 100) * 60;
            String text = time.format(t);
            assertEquals(t, time.parse(text), text);
            assertEquals(text, time.format(time.parse(text)));
            assertEquals(Math.floorMod(t - offset, 60) != 0, text.length() - text.indexOf(" ") == 9, text);
        }
    }
}
