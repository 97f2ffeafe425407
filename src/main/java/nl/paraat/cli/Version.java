package nl.paraat.cli;

/**
 * The program version for the commands of this package: the same value as {@link nl.paraat.about.Version},
 * which the other layers use (the About dialog, journal headers). Kept so commands can say
 * {@code Version.get()} without an import.
 */
public final class Version {
    private Version() {
    }

    /** The version, e.g. {@code 0.1.0}. */
    public static String get() {
        return nl.paraat.about.Version.get();
    }
}
