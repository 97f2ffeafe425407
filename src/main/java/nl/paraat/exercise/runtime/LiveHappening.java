package nl.paraat.exercise.runtime;

import nl.paraat.exercise.Happening;

/** A happening of a live exercise, in the order it happened: from the exercise core or from the message board. */
public sealed interface LiveHappening {
    /** Inject delivered, decision accepted or rejected, effect arrived, ... */
    record Core(Happening happening) implements LiveHappening {
    }

    /** Message received, inbox item read or acknowledged, decision-log entry. */
    record Board(MessageBoard.BoardEvent event) implements LiveHappening {
    }
}
