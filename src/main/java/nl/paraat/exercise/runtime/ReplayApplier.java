package nl.paraat.exercise.runtime;

import java.nio.file.Path;
import nl.paraat.exercise.journal.JournalException;
import nl.paraat.exercise.journal.JournalRecord;
import nl.paraat.exercise.journal.JournalReplay;
import nl.paraat.exercise.journal.Outcome;

/**
 * Applies journal records to a {@link LiveModel} during replay, as the engine thread applied them live:
 * start, resume, stop, ENDEX and clock commands do not touch the model; every other record is applied again,
 * rejected ones included, and must get the outcome it got live (else the journal belongs to another
 * scenario, parameters or program: {@link JournalException.Kind#DIVERGED} naming file and line).
 */
public final class ReplayApplier implements JournalReplay.Applier {
    private final Path file;
    private final LiveModel<?, ?> model;

    public ReplayApplier(Path file, LiveModel<?, ?> model) {
        this.file = file;
        this.model = model;
    }

    @Override
    public void apply(JournalRecord r) {
        String type = r.type();
        if (type.equals(JournalRecord.START) || type.equals(JournalRecord.STOP) || type.equals(JournalRecord.ENDEX)
            || type.equals(JournalRecord.RESUME) || ClockCommands.isClock(type)) {
            return;
        }
        Outcome o = model.apply(new Command(r.actor(), r.type(), r.params()));
        if (o.accepted() != r.outcome().accepted()) {
            int line = (int) r.seq() + 1;
            throw new JournalException(JournalException.Kind.DIVERGED, file, line, "journal " + file + ", line "
                + line + ": " + type + " was " + word(r.outcome()) + " live but is " + word(o)
                + " on replay; the journal was made with another scenario, parameters or program version");
        }
    }

    private static String word(Outcome o) {
        return o.accepted() ? "accepted" : "rejected (" + o.reason() + ")";
    }
}
