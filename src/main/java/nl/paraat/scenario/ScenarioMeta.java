package nl.paraat.scenario;

import java.util.List;
import nl.paraat.world.Text;

/**
 * What a scenario is and when it runs.
 *
 * @param id          short stable id, e.g. {@code kennismaking}
 * @param title       title shown to everyone
 * @param description summary for the facilitator (may be null)
 * @param audience    who it is written for
 * @param languages   languages of the texts ({@code nl}, {@code en})
 * @param start       T0 written as seconds relative to D (a scenario starting at {@code D-1 23:00} has -3600)
 * @param duration    seconds from T0 to the end of the scenario
 */
public record ScenarioMeta(String id, Text title, Text description, Text audience, List<String> languages,
                           long start, long duration) {
    public ScenarioMeta {
        languages = List.copyOf(languages);
    }

    /** Where D lies from T0, in seconds: the offset of {@link ScenarioTime}. */
    public long dOffset() {
        return -start;
    }

    /** The reader and writer of this scenario's D-times. */
    public ScenarioTime time() {
        return new ScenarioTime(dOffset());
    }
}
