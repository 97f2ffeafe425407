package nl.paraat.archfixture.bad.world;

import javafx.scene.paint.Color;

/** Fixture: the world model importing JavaFX. */
public final class Map {
    public Color colour() {
        return Color.RED;
    }
}
