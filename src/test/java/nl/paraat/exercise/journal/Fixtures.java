package nl.paraat.exercise.journal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;

/** Small journals for the tests. */
final class Fixtures {
    static final String SCENARIO_SHA = "a".repeat(64);
    static final String PROGRAM = "0.1.0";
    /** D lies one day after T0 in these tests. */
    static final LongFunction<String> DTIME = s -> {
        long d = Math.floorDiv(s - 86_400, 86_400);
        long r = Math.floorMod(s - 86_400, 86_400);
        String base = String.format("D%s%d %02d:%02d", d < 0 ? "-" : "+", Math.abs(d), r / 3600, r / 60 % 60);
        return r % 60 == 0 ? base : base + String.format(":%02d", r % 60);
    };

    private Fixtures() {
    }

    static JournalHeader header() {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("health.icu.losDays", 9.5);
        return JournalHeader.of(PROGRAM, new JournalHeader.ScenarioRef("test", "scenarios/test.json",
            SCENARIO_SHA, null), params, 42, 0,
            List.of(new JournalHeader.RoleCast("roaz-noord", "person", "Jan Jansen"),
                new JournalHeader.RoleCast("ghor", "doctrine", null)), "opbouw", null);
    }

    static RecordDraft draft(long ts, long afterEvents, String actor, int n) {
        ObjectNode p = JsonNodeFactory.instance.objectNode().put("n", n).put("text", "besluit \"é\"\n" + n);
        Outcome o = n % 5 == 4 ? Outcome.rejected("geen capaciteit / no capacity") : Outcome.ACCEPTED;
        return new RecordDraft(ts, afterEvents, actor, "decision.test", p, o);
    }

    /** Writes a journal with the header and {@code n} records and returns its path. */
    static Path journal(Path dir, String name, int n) {
        Path f = dir.resolve(name);
        try (JournalWriter w = JournalWriter.create(f, header(), DTIME, JournalWriter.Sync.DATA)) {
            for (int i = 0; i < n; i++) {
                w.append(draft(86_400 + 60L * i, 3L * i, "roaz-noord", i));
            }
        }
        return f;
    }

    static byte[] bytes(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path f) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(f)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Start offsets of each line (index 0 = line 1) plus the file length at the end. */
    static int[] lineStarts(byte[] b) {
        int lines = 0;
        for (byte x : b) {
            if (x == '\n') {
                lines++;
            }
        }
        int[] starts = new int[lines + 1];
        int k = 1;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && k <= lines) {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    static JournalExpectation expectation() {
        return new JournalExpectation(SCENARIO_SHA, PROGRAM);
    }
}
