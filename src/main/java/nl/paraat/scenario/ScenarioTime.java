package nl.paraat.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader and writer of times as people see them: {@code D-3 14:30}, {@code D+2 08:00},
 * {@code D+2 08:00:15} (seconds only when not zero), {@code D 06:00} (the same as {@code D+0 06:00}).
 *
 * <p>Model time is seconds since T0, the start of the scenario. D is the scenario's reference moment
 * (midnight at the start of day D); {@link #dOffset()} is where D lies from T0 in seconds, so model time
 * {@code t} is {@code t - dOffset} seconds after D. Days before D are written with a minus sign and the
 * time of day counts forward from that day's midnight: {@code D-1 23:00} is one hour before D.
 *
 * <p>Used by scenario files, the command line ({@code --until D+1}), the journal and MSEL spreadsheets.
 *
 * @param dOffset seconds from T0 to D (negative when D lies before T0)
 */
public record ScenarioTime(long dOffset) {
    /** Seconds in a day. */
    public static final long DAY = 86_400L;
    /** Largest day number accepted, so every time fits easily in a long. */
    public static final long MAX_DAYS = 999_999L;
    /** What a time looks like, for error messages. */
    public static final String EXPECTED = "a time like \"D+2 08:00\", \"D-3 14:30\", \"D 06:00\" or \"D+1 08:00:15\"";

    private static final Pattern TIME = Pattern.compile(
        "D(?:([+-])(\\d{1,6}))?(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    /** Parses a D-time into model time (seconds since T0). */
    public long parse(String text) {
        return parseFromD(text) + dOffset;
    }

    /** Writes model time (seconds since T0) as a D-time. */
    public String format(long t) {
        return formatFromD(t - dOffset);
    }

    /**
     * Parses a D-time into seconds relative to D. The time of day may be left out ({@code D+2} is
     * {@code D+2 00:00}), which suits the command line's {@code --until D+2}.
     *
     * @throws IllegalArgumentException saying what was expected and what was found
     */
    public static long parseFromD(String text) {
        if (text == null) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", found nothing");
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("expected " + EXPECTED + ", found \"" + text + "\"");
        }
        long days = m.group(2) == null ? 0 : Long.parseLong(m.group(2));
        if ("-".equals(m.group(1))) {
            days = -days;
        }
        long seconds = 0;
        if (m.group(3) != null) {
            int h = Integer.parseInt(m.group(3));
            int min = Integer.parseInt(m.group(4));
            int s = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
            if (h > 23 || min > 59 || s > 59) {
                throw new IllegalArgumentException("expected " + EXPECTED
                    + " with hours 00-23, minutes and seconds 00-59, found \"" + text + "\"");
            }
            seconds = h * 3600L + min * 60L + s;
        }
        return days * DAY + seconds;
    }

    /** Writes seconds relative to D as a D-time ({@code D+0 06:00} for day D itself). */
    public static String formatFromD(long fromD) {
        long days = Math.floorDiv(fromD, DAY);
        long sod = Math.floorMod(fromD, DAY);
        long h = sod / 3600;
        long min = sod / 60 % 60;
        long s = sod % 60;
        String day = days < 0 ? "D-" + (-days) : "D+" + days;
        if (s == 0) {
            return String.format(Locale.ROOT, "%s %02d:%02d", day, h, min);
        }
        return String.format(Locale.ROOT, "%s %02d:%02d:%02d", day, h, min, s);
    }

    /** True if the text has the form of a D-time (it may still be out of range). */
    public static boolean looksLikeTime(String text) {
        return text != null && text.strip().startsWith("D");
    }
}
