package nl.paraat.archfixture.bad;

import nl.paraat.archfixture.bad.engine.Clock;

/** Fixture: an entry point that reaches into the engine (only cli and ui are allowed). */
public final class Main {
    private Main() {
    }

    public static long start() {
        return new Clock().now();
    }
}
