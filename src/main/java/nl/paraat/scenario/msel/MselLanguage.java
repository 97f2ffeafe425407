package nl.paraat.scenario.msel;

import java.util.Locale;

/** The language of an MSEL sheet's column names and of its first title, text and sender columns. */
public enum MselLanguage {
    NL, EN;

    /** The other language. */
    public MselLanguage other() {
        return this == NL ? EN : NL;
    }

    /** {@code nl} or {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The language for {@code nl} or {@code en} (any case).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static MselLanguage of(String code) {
        for (MselLanguage l : values()) {
            if (l.code().equalsIgnoreCase(code.strip())) {
                return l;
            }
        }
        throw new IllegalArgumentException("expected nl or en, found \"" + code + "\"");
    }
}
