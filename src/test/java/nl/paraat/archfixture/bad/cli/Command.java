package nl.paraat.archfixture.bad.cli;

/** Fixture: a harmless command. */
public final class Command {
    public void run() {
        // nothing
    }
}
