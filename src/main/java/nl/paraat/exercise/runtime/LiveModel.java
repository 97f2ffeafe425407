package nl.paraat.exercise.runtime;

import java.util.function.Consumer;
import nl.paraat.exercise.clock.PacedModel;
import nl.paraat.exercise.journal.Outcome;

/**
 * The exercise as the runtime drives it. The headless exercise core implements it (through an adapter);
 * every method is called on the engine thread only, so the model needs no locking.
 *
 * @param <S> the snapshot type: an immutable picture of the state for screens (per-role views included)
 * @param <H> the happening type: inject delivered, decision accepted or rejected, effect arrived, ...
 */
public interface LiveModel<S, H> extends PacedModel {
    /**
     * Applies a command at the current point of the event sequence, deterministically: the same command
     * at the same point of the same run must have the same outcome and effect (replay relies on it).
     *
     * @return accepted, or rejected with the reason shown to the player (a rejected command changes nothing)
     */
    Outcome apply(Command command);

    /** An immutable snapshot of the current state. */
    S snapshot();

    /**
     * A snapshot that may be given up part way (returns null) when {@code giveUp} says so, so a waiting command
     * is not held up by a long snapshot; the runtime tries again after the command. By default never given up.
     */
    default S snapshot(java.util.function.BooleanSupplier giveUp) {
        return snapshot();
    }

    /** Hands over, in order, the happenings produced since the last call. */
    void drainHappenings(Consumer<H> out);
}
