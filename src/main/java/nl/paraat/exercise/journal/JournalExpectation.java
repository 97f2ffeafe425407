package nl.paraat.exercise.journal;

/**
 * What a journal must match to be replayed or continued here.
 *
 * @param scenarioSha256 SHA-256 of the scenario file that will be played; null to accept any scenario
 *                       (the caller then takes the scenario from the header)
 * @param program        this program's version; null to skip the version check
 */
public record JournalExpectation(String scenarioSha256, String program) {
    /** Accepts any scenario and any program version (for inspecting a journal). */
    public static JournalExpectation any() {
        return new JournalExpectation(null, null);
    }

    /**
     * Whether a journal written by program version {@code written} replays on version {@code running}
     * to the same trace. Model changes are allowed only with a new minor version, so the rule is: the same
     * major and minor version ({@code 0.1.0} replays {@code 0.1.7}); a development build ({@code dev} or
     * a {@code -SNAPSHOT}) only replays journals of exactly the same version string.
     */
    public static boolean canReplay(String written, String running) {
        if (written.equals(running)) {
            return true;
        }
        if (isDevelopment(written) || isDevelopment(running)) {
            return false;
        }
        String a = majorMinor(written);
        return a != null && a.equals(majorMinor(running));
    }

    /** The versions that {@code running} replays, as people read it ({@code 0.1.x}). */
    public static String replayableBy(String running) {
        String mm = majorMinor(running);
        return mm == null || isDevelopment(running) ? running : mm + ".x";
    }

    private static boolean isDevelopment(String v) {
        return v.equals("dev") || v.endsWith("-SNAPSHOT");
    }

    private static String majorMinor(String v) {
        String[] parts = v.split("\\.");
        if (parts.length < 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            return null;
        }
        return parts[0] + "." + parts[1];
    }
}
