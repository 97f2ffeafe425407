package nl.paraat.cli;

import nl.paraat.scenario.ScenarioTime;

/** Reads an {@code --until D+d} option. */
final class UntilOption {
    private UntilOption() {
    }

    static long parse(String text, ScenarioTime time) {
        long t;
        try {
            t = time.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError("--until: " + e.getMessage());
        }
        if (t < 0) {
            throw new UserError("--until " + text + " lies before the start of the scenario (" + time.format(0) + ")");
        }
        return t;
    }
}
