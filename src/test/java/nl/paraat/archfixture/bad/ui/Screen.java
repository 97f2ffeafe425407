package nl.paraat.archfixture.bad.ui;

import nl.paraat.archfixture.bad.cli.Command;

/** Fixture: the UI using the CLI (they are peers). */
public final class Screen {
    public void show() {
        new Command().run();
    }
}
