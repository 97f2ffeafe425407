package nl.paraat.archfixture.clean;

import nl.paraat.archfixture.clean.cli.Command;

/** Fixture: an entry point that only hands over to the CLI. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        new Command().run();
    }
}
