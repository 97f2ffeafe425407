package nl.paraat.scenario;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in scenario files: days, hours, minutes and seconds in that order,
 * each optional, e.g. {@code 2h}, {@code 90m}, {@code 1h30m}, {@code 1d 6h}, {@code 45s}, {@code 0m}.
 * Written back in the same form ({@link #format(long)}), always as the shortest such text.
 */
public final class ScenarioDuration {
    /** What a duration looks like, for error messages. */
    public static final String EXPECTED = "a duration like \"2h\", \"30m\", \"1h30m\", \"1d 6h\" or \"45s\"";

    private static final Pattern DURATION = Pattern.compile(
        "(?:(\\d{1,6})d)?\\s*(?:(\\d{1,7})h)?\\s*(?:(\\d{1,9})m)?\\s*(?:(\\d{1,10})s)?");

    private ScenarioDuration() {
    }

    /**
     * Parses a duration into seconds.
     *
     * @throws IllegalArgumentException saying what was expected and what was found
     */
    public static long parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", found nothing");
        }
        String s = text.strip();
        Matcher m = DURATION.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", found \"" + text + "\"");
        }
        return part(m, 1) * 86_400L + part(m, 2) * 3600L + part(m, 3) * 60L + part(m, 4);
    }

    /** Writes seconds (not negative) as the shortest duration text, e.g. {@code 1d 2h30m}. */
    public static String format(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("negative duration: " + seconds);
        }
        if (seconds == 0) {
            return "0m";
        }
        long d = seconds / 86_400L;
        long h = seconds / 3600 % 24;
        long m = seconds / 60 % 60;
        long s = seconds % 60;
        StringBuilder b = new StringBuilder();
        if (d > 0) {
            b.append(d).append('d');
        }
        if (h > 0) {
            b.append(b.length() > 0 ? " " : "").append(h).append('h');
        }
        if (m > 0) {
            b.append(d > 0 && h == 0 ? " " : "").append(m).append('m');
        }
        if (s > 0) {
            b.append(d > 0 && h == 0 && m == 0 ? " " : "").append(s).append('s');
        }
        return b.toString();
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
