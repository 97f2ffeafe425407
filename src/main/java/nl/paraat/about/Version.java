package nl.paraat.about;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The program version, from the build (Maven filters {@code nl/paraat/version.properties}). Shown by
 * {@code paraat --version} and the About dialog, and written into journal headers.
 */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    /** The version, e.g. {@code 0.1.0}; {@code dev} when run from an unfiltered source tree. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/nl/paraat/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
