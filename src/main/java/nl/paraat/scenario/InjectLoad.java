package nl.paraat.scenario;

import java.util.List;

/**
 * The result of reading one inject: the inject, or the problems that stopped it (never both).
 *
 * @param inject   the inject, or null when there are problems
 * @param problems every problem found, in text order
 */
public record InjectLoad(Inject inject, List<Problem> problems) {
    public InjectLoad {
        problems = List.copyOf(problems);
        if ((inject == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a load has either an inject or problems");
        }
    }

    public boolean ok() {
        return inject != null;
    }

    /** The problems, one per line ({@code source:line:column: message (at $.path)}). */
    public String message() {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }
}
