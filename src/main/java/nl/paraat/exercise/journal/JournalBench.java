package nl.paraat.exercise.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The journal alone under load: {@link CommandLoad} clients append small decision records to a fresh
 * journal in a temporary directory and wait for each acknowledgement (written and synced).
 */
public final class JournalBench {
    /**
     * The result of one run.
     *
     * @param load  the latencies
     * @param syncs   group commits done (warm-up included)
     * @param records records synced (warm-up included)
     */
    public record Result(CommandLoad.Result load, long syncs, long records) {
    }

    private JournalBench() {
    }

    /** Runs the load against a journal in {@code dir} (a temporary directory when null); deletes it after. */
    public static Result run(Path dir, int threads, double rate, double seconds, JournalWriter.Sync sync)
        throws InterruptedException {
        Path tmp;
        try {
            tmp = dir == null ? Files.createTempDirectory("paraat-bench-journal") : Files.createTempDirectory(dir, "bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = tmp.resolve("bench.jsonl");
        JournalHeader header = JournalHeader.of("bench", new JournalHeader.ScenarioRef("bench", null, "0".repeat(64),
            null), null, 1, 0, List.of(), null, null);
        try (JournalWriter w = JournalWriter.create(file, header, s -> "T+" + s, sync)) {
            CommandLoad.Result r = new CommandLoad(threads, rate, seconds, Math.min(1.0, seconds / 5))
                // all at one point of the event sequence: records of concurrent clients never go back in time
                .run((client, n) -> w.append(new RecordDraft(0, 0, "client-" + client, "bench.command",
                    JsonNodeFactory.instance.objectNode().put("client", client).put("n", n), Outcome.ACCEPTED)));
            return new Result(r, w.syncs(), w.syncedRecords());
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a leftover temporary file is harmless
            }
        }
    }
}
