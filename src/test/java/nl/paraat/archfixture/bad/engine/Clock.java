package nl.paraat.archfixture.bad.engine;

import nl.paraat.archfixture.bad.cli.Command;

/** Fixture: the engine calling up into the CLI, reading wall time and using Math.exp. */
public final class Clock {
    public long now() {
        new Command().run();
        return System.currentTimeMillis() + (long) Math.exp(1);
    }
}
