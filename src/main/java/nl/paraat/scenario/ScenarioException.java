package nl.paraat.scenario;

import java.util.List;

/** A scenario that cannot be used, with every problem found; the message lists them, one a line. */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(String.join(System.lineSeparator(), problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
