package nl.paraat.archfixture.bad.about;

import nl.paraat.archfixture.bad.engine.Clock;

/** Fixture: the leaf package using a layer (it may use none). */
public final class Name {
    public long stamp() {
        return new Clock().now();
    }
}
