package nl.paraat.exercise.journal;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;
import nl.paraat.exercise.journal.JournalException.Kind;

/**
 * Starts a what-if exercise from time T of an existing journal: a new journal whose header is the
 * parent's with a {@code fork} field (parent path, SHA-256 of the parent's complete lines, T), followed by
 * the parent's records up to and including T (without its ends: ENDEX and headless stops), so the fork
 * replays on its own. The caller then plays on from T with other decisions.
 */
public final class JournalFork {
    private JournalFork() {
    }

    /**
     * Writes the fork's header and copied records (synced) and returns the writer for what follows.
     *
     * @param parent     the parent journal as read
     * @param atTs       the fork time, seconds since T0
     * @param out        the new journal (must not exist)
     * @param timeFormat formats seconds since T0 ({@code D+1 08:00})
     */
    public static JournalWriter fork(JournalContents parent, long atTs, Path out, LongFunction<String> timeFormat,
                                     JournalWriter.Sync sync) {
        JournalHeader p = parent.header();
        JournalHeader.ForkOrigin origin = new JournalHeader.ForkOrigin(parent.file().toString(),
            sha256(parent.file(), parent.completeLength()), timeFormat.apply(atTs), atTs);
        JournalHeader h = new JournalHeader(p.format(), p.program(), p.scenario(), p.parameters(), p.seed(),
            p.replication(), p.roles(), p.startPhase(), origin);
        List<RecordDraft> copied = copied(parent, atTs).stream().map(JournalRecord::draft).toList();
        JournalWriter w = JournalWriter.create(out, h, timeFormat, sync);
        try {
            if (!copied.isEmpty()) {
                w.appendBatch(copied).join();
            }
            return w;
        } catch (RuntimeException e) {
            w.close();
            throw e;
        }
    }

    /** The parent's records a fork at {@code atTs} starts with: up to and including atTs, without ENDEX and stops. */
    public static List<JournalRecord> copied(JournalContents parent, long atTs) {
        List<JournalRecord> out = new ArrayList<>();
        for (JournalRecord r : parent.records()) {
            if (r.ts() > atTs) {
                break;
            }
            if (!r.type().equals(JournalRecord.ENDEX) && !r.type().equals(JournalRecord.STOP)) {
                out.add(r);
            }
        }
        return out;
    }

    /** SHA-256 of the first {@code length} bytes of the file, 64 lower-case hex digits. */
    static String sha256(Path file, long length) {
        try {
            byte[] b = Files.readAllBytes(file);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Arrays.copyOf(b, (int) Math.min(b.length, length))));
        } catch (IOException e) {
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
