package nl.paraat.archfixture.clean.cli;

import nl.paraat.archfixture.clean.engine.Clock;

/** Fixture: a command that uses the engine (allowed: cli sits above it). */
public final class Command {
    public long run() {
        return new Clock().now();
    }
}
