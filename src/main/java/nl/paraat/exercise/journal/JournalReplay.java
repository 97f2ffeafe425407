package nl.paraat.exercise.journal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import nl.paraat.exercise.clock.PacedModel;
import nl.paraat.exercise.journal.JournalException.Kind;

/**
 * Re-applies journal records to a model at exactly the points where they were applied live.
 *
 * <p>A record applied live at simulated time {@code ts} after {@code afterEvents} events is replayed by
 * executing events until {@code afterEvents} have run, moving the clock to {@code ts}, and applying it.
 * If the model cannot reach that point (too few events are due by {@code ts}, it has run past it, or an
 * event before {@code ts} is still pending where the live run had none), the journal belongs to another
 * scenario, parameters or program: {@link JournalException} ({@link Kind#DIVERGED}) naming file and line.
 */
public final class JournalReplay {
    /** Applies one record to the model (the exercise decides what each type means). */
    @FunctionalInterface
    public interface Applier {
        void apply(JournalRecord record);
    }

    private final Path file;
    private final PacedModel model;
    private final Applier applier;
    private final LongFunction<String> timeFormat;

    /**
     * @param file       the journal, for messages
     * @param timeFormat formats seconds since T0 for messages
     */
    public JournalReplay(Path file, PacedModel model, Applier applier, LongFunction<String> timeFormat) {
        this.file = file;
        this.model = Objects.requireNonNull(model, "model");
        this.applier = Objects.requireNonNull(applier, "applier");
        this.timeFormat = Objects.requireNonNull(timeFormat, "timeFormat");
    }

    /**
     * Applies every record with {@code ts <= until} at its point, in order, then runs the model to
     * {@code until} (all events at or before it).
     *
     * @return the number of records applied
     */
    public int replayUntil(List<JournalRecord> records, long until) {
        int applied = 0;
        for (JournalRecord r : records) {
            if (r.ts() > until) {
                break;
            }
            applyAtPoint(r);
            applied++;
        }
        runTo(until);
        return applied;
    }

    /**
     * Applies every record at its point and stops right after the last one (for resume and fork, which
     * go on from exactly there).
     */
    public void replayAll(List<JournalRecord> records) {
        for (JournalRecord r : records) {
            applyAtPoint(r);
        }
    }

    /** Runs the model to the record's point and applies it. */
    public void applyAtPoint(JournalRecord r) {
        int line = (int) r.seq() + 1;
        while (model.eventsExecuted() < r.afterEvents()) {
            if (model.nextEventTime() > r.ts()) {
                throw diverged(line, r, "only " + model.eventsExecuted() + " events are due by then");
            }
            model.step();
        }
        if (model.eventsExecuted() > r.afterEvents()) {
            throw diverged(line, r, model.eventsExecuted() + " events have run already");
        }
        if (model.now() > r.ts()) {
            throw diverged(line, r, "the model is at " + timeFormat.apply(model.now()) + " already");
        }
        if (model.nextEventTime() < r.ts()) {
            throw diverged(line, r, "an event at " + timeFormat.apply(model.nextEventTime())
                + " is due before it that the live run had not");
        }
        if (model.now() < r.ts()) {
            model.advanceTo(r.ts());
        }
        applier.apply(r);
    }

    /** Runs every event at or before {@code t} and moves the clock to {@code t}. */
    public void runTo(long t) {
        while (model.nextEventTime() <= t) {
            model.step();
        }
        if (model.now() < t) {
            model.advanceTo(t);
        }
    }

    private JournalException diverged(int line, JournalRecord r, String why) {
        return new JournalException(Kind.DIVERGED, file, line, JournalReader.at(file, line)
            + "replay does not reach the point where this " + r.type() + " was applied (" + r.t() + ", after "
            + r.afterEvents() + " events): " + why + "; the journal was made with another scenario, parameters "
            + "or program version");
    }
}
