package nl.paraat;

import nl.paraat.cli.ParaatCli;
import nl.paraat.ui.ParaatApp;

/**
 * The only entry point. Without arguments it starts the desktop application; with arguments it runs
 * a command-line command. It does not extend {@code javafx.application.Application}, so the jar runs
 * from the classpath with JavaFX as ordinary jars.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ParaatApp.start(args);
        } else {
            System.exit(ParaatCli.run(args));
        }
    }
}
