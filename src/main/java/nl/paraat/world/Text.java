package nl.paraat.world;

import java.util.Objects;

/** Bilingual text: Dutch first, English second. */
public record Text(String nl, String en) {
    public Text {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String nl, String en) {
        return new Text(nl, en);
    }
}
