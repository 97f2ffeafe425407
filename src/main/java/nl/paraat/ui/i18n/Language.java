package nl.paraat.ui.i18n;

import java.util.Locale;
import java.util.Optional;

/** A language of the user interface. Dutch comes first and is the default on every machine. */
public enum Language {
    NL("nl"),
    EN("en");

    /** The language the application starts in, whatever the machine's locale. */
    public static final Language DEFAULT = NL;

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, also the suffix of the bundle file ({@code messages_nl.properties}). */
    public String code() {
        return code;
    }

    /** The locale for formatting numbers and dates in this language. */
    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** The language with this ISO 639-1 code (case-insensitive), if it is one of ours. */
    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
