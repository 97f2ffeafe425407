package nl.paraat.exercise.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsWhatWasWritten() {
        Path f = Fixtures.journal(dir, "ex.jsonl", 12);
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        assertEquals(Fixtures.header(), c.header());
        assertEquals(12, c.records().size());
        for (int i = 0; i < 12; i++) {
            JournalRecord r = c.records().get(i);
            assertEquals(i + 1, r.seq());
            assertEquals(Fixtures.draft(86_400 + 60L * i, 3L * i, "roaz-noord", i), r.draft());
            assertEquals(Fixtures.DTIME.apply(r.ts()), r.t());
        }
        assertTrue(c.warnings().isEmpty());
        assertFalse(c.hasTornTail());
        assertEquals(13, c.nextSeq());
    }

    /** Cut anywhere after the header: the records whose newline survived are read, the rest is named. */
    @RepeatedTest(25)
    void truncatedFileReadsItsCompleteLinesAndWarnsNamingTheCutLine(RepetitionInfo info) throws IOException {
        SplittableRandom rnd = new SplittableRandom(77 + info.getCurrentRepetition());
        Path f = Fixtures.journal(dir, "ex.jsonl", 10);
        byte[] all = Fixtures.bytes(f);
        int[] starts = Fixtures.lineStarts(all);
        int cut = starts[1] + rnd.nextInt(all.length - starts[1]);
        byte[] cutBytes = Arrays.copyOf(all, cut);
        Files.write(f, cutBytes);
        int complete = 0; // complete lines kept, header included
        while (complete + 1 < starts.length && starts[complete + 1] <= cut) {
            complete++;
        }
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        assertEquals(complete - 1, c.records().size(), "records kept for cut at " + cut);
        assertEquals(starts[complete], c.completeLength());
        if (cut == starts[complete]) {
            assertTrue(c.warnings().isEmpty());
        } else {
            assertEquals(1, c.warnings().size());
            JournalWarning w = c.warnings().get(0);
            assertEquals(complete + 1, w.line());
            assertTrue(w.message().contains("line " + (complete + 1) + ":"), w.message());
            assertTrue(w.message().contains(f.toString()), w.message());
        }
        assertArrayEquals(cutBytes, Fixtures.bytes(f), "replay mode never changes the file");
    }

    /** Resume mode: a backup of the file as found, then the file is cut to its last complete line. */
    @RepeatedTest(10)
    void recoveryKeepsABackupAndCutsTheTornLine(RepetitionInfo info) throws IOException {
        SplittableRandom rnd = new SplittableRandom(500 + info.getCurrentRepetition());
        Path f = Fixtures.journal(dir, "ex.jsonl", 8);
        byte[] all = Fixtures.bytes(f);
        int[] starts = Fixtures.lineStarts(all);
        int last = starts[starts.length - 2]; // start of the last line
        int cut = last + 1 + rnd.nextInt(all.length - last - 1); // inside the last line, newline lost
        byte[] cutBytes = Arrays.copyOf(all, cut);
        Files.write(f, cutBytes);

        JournalRecovery.Recovered r = JournalRecovery.prepareToAppend(f, Fixtures.expectation());
        assertArrayEquals(cutBytes, Fixtures.bytes(r.backup()), "backup is the file as found");
        assertEquals(f.getFileName() + ".bak-1", r.backup().getFileName().toString());
        assertArrayEquals(Arrays.copyOf(all, last), Fixtures.bytes(f), "cut to the last complete line");
        assertEquals(1, r.warnings().size());
        assertEquals(starts.length - 1, r.warnings().get(0).line());
        assertEquals(7, r.contents().records().size());

        try (JournalWriter w = JournalWriter.resume(r.contents(), Fixtures.DTIME, JournalWriter.Sync.DATA)) {
            assertEquals(8, w.appendAndWait(Fixtures.draft(90_000, 99, "ghor", 1)).seq());
        }
        JournalContents after = JournalReader.read(f, Fixtures.expectation());
        assertEquals(8, after.records().size());
        assertTrue(after.warnings().isEmpty());
        assertEquals("ghor", after.records().get(7).actor());
        assertEquals(f.getFileName() + ".bak-2",
            JournalRecovery.prepareToAppend(f, Fixtures.expectation()).backup().getFileName().toString());
    }

    @Test
    void garbageAfterTheLastRecordIsATornEnd() throws IOException {
        Path f = Fixtures.journal(dir, "ex.jsonl", 5);
        byte[] all = Fixtures.bytes(f);
        byte[] zeros = new byte[40];
        zeros[39] = '\n';
        byte[] withZeros = Arrays.copyOf(all, all.length + zeros.length);
        System.arraycopy(zeros, 0, withZeros, all.length, zeros.length);
        Files.write(f, withZeros);
        JournalContents c = JournalReader.read(f, Fixtures.expectation());
        assertEquals(5, c.records().size());
        assertEquals(7, c.warnings().get(0).line());
    }

    /** A changed byte in any line with intact lines after it: error naming that line; file untouched. */
    @RepeatedTest(15)
    void corruptedMiddleLineIsRefusedNamingIt(RepetitionInfo info) throws IOException {
        SplittableRandom rnd = new SplittableRandom(900 + info.getCurrentRepetition());
        Path f = Fixtures.journal(dir, "ex.jsonl", 10);
        byte[] all = Fixtures.bytes(f);
        int[] starts = Fixtures.lineStarts(all);
        int line = 1 + rnd.nextInt(starts.length - 2); // 1..10 of 11 lines: there is a valid line after it
        int pos = starts[line - 1] + rnd.nextInt(starts[line] - starts[line - 1] - 1);
        all[pos] ^= (byte) (1 + rnd.nextInt(255));
        if (all[pos] == '\n') {
            all[pos] = 'x';
        }
        Files.write(f, all);
        String before = Fixtures.sha256(f);
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(f, Fixtures.expectation()));
        assertEquals(line, e.line());
        assertTrue(e.getMessage().contains("line " + line + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
        assertThrows(JournalException.class, () -> JournalRecovery.prepareToAppend(f, Fixtures.expectation()));
        assertEquals(before, Fixtures.sha256(f), "file untouched");
        assertFalse(Files.exists(f.resolveSibling("ex.jsonl.bak-1")), "no backup made for a refused journal");
    }

    @Test
    void brokenMiddleLineAsTheAcceptanceCheckWritesIt() throws IOException {
        Path f = Fixtures.journal(dir, "ex.jsonl", 6);
        String[] lines = Files.readString(f).split("\n", -1);
        lines[3] = "{\"broken\": ";
        Files.writeString(f, String.join("\n", lines));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(f, Fixtures.expectation()));
        assertEquals(JournalException.Kind.DAMAGED_LINE, e.kind());
        assertTrue(e.getMessage().contains("line 4:"), e.getMessage());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path f = Files.createFile(dir.resolve("empty.jsonl"));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(f, Fixtures.expectation()));
        assertEquals(JournalException.Kind.EMPTY, e.kind());
        assertTrue(e.getMessage().contains("empty") && e.getMessage().contains("expected"), e.getMessage());
        assertThrows(JournalException.class, () -> JournalRecovery.prepareToAppend(f, Fixtures.expectation()));
        assertEquals(0, Files.size(f));
    }

    @Test
    void fileWithoutAHeaderIsRefused() throws IOException {
        Path f = dir.resolve("scenario.jsonl");
        Files.write(f, JournalCodec.seal("{\"id\":\"kennismaking\",\"title\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(f, Fixtures.expectation()));
        assertEquals(JournalException.Kind.NO_HEADER, e.kind());
        assertTrue(e.getMessage().contains("\"journal\":\"paraat\"") && e.getMessage().contains("found fields id, title"),
            e.getMessage());
        Path plain = dir.resolve("plain.json");
        Files.writeString(plain, "{\"id\": \"x\"}\n");
        assertEquals(JournalException.Kind.NO_HEADER,
            assertThrows(JournalException.class, () -> JournalReader.read(plain, Fixtures.expectation())).kind());
        Path partial = dir.resolve("partial.jsonl");
        Files.write(partial, Arrays.copyOf(JournalCodec.encode(Fixtures.header()), 30));
        JournalException p = assertThrows(JournalException.class, () -> JournalReader.read(partial, Fixtures.expectation()));
        assertEquals(JournalException.Kind.NO_HEADER, p.kind());
        assertEquals(1, p.line());
    }

    @Test
    void headerOfAnotherFormatVersionIsRefused() throws IOException {
        Path f = Fixtures.journal(dir, "ex.jsonl", 2);
        String text = Files.readString(f);
        String header = text.substring(0, text.indexOf('\n'));
        String body = header.substring(0, header.lastIndexOf(",\"crc\":")).replace("\"format\":1", "\"format\":2") + "}";
        Files.write(f, concat(JournalCodec.seal(body.getBytes(StandardCharsets.UTF_8)),
            text.substring(text.indexOf('\n') + 1).getBytes(StandardCharsets.UTF_8)));
        String before = Fixtures.sha256(f);
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(f, Fixtures.expectation()));
        assertEquals(JournalException.Kind.FORMAT_VERSION, e.kind());
        assertTrue(e.getMessage().contains("expected format 1, found 2"), e.getMessage());
        assertThrows(JournalException.class, () -> JournalRecovery.prepareToAppend(f, Fixtures.expectation()));
        assertEquals(before, Fixtures.sha256(f));
    }

    @Test
    void headerOfAnotherScenarioIsRefusedNamingBothHashes() {
        Path f = Fixtures.journal(dir, "ex.jsonl", 2);
        String other = "b".repeat(64);
        String before = Fixtures.sha256(f);
        JournalException e = assertThrows(JournalException.class,
            () -> JournalReader.read(f, new JournalExpectation(other, Fixtures.PROGRAM)));
        assertEquals(JournalException.Kind.SCENARIO, e.kind());
        assertTrue(e.getMessage().contains("expected scenario sha256 " + other), e.getMessage());
        assertTrue(e.getMessage().contains("found sha256 " + Fixtures.SCENARIO_SHA), e.getMessage());
        assertThrows(JournalException.class,
            () -> JournalRecovery.prepareToAppend(f, new JournalExpectation(other, Fixtures.PROGRAM)));
        assertEquals(before, Fixtures.sha256(f));
    }

    @Test
    void headerOfAProgramThatCannotReplayItIsRefused() {
        Path f = Fixtures.journal(dir, "ex.jsonl", 2);
        JournalException e = assertThrows(JournalException.class,
            () -> JournalReader.read(f, new JournalExpectation(Fixtures.SCENARIO_SHA, "0.2.0")));
        assertEquals(JournalException.Kind.PROGRAM_VERSION, e.kind());
        assertTrue(e.getMessage().contains("expected version 0.2.x, found 0.1.0"), e.getMessage());
        assertEquals(2, JournalReader.read(f, new JournalExpectation(Fixtures.SCENARIO_SHA, "0.1.5")).records().size());
    }

    @Test
    void programVersionRule() {
        assertTrue(JournalExpectation.canReplay("0.1.0", "0.1.9"));
        assertFalse(JournalExpectation.canReplay("0.1.0", "0.2.0"));
        assertFalse(JournalExpectation.canReplay("1.1.0", "0.1.0"));
        assertTrue(JournalExpectation.canReplay("dev", "dev"));
        assertFalse(JournalExpectation.canReplay("dev", "0.1.0"));
        assertFalse(JournalExpectation.canReplay("0.1.0-SNAPSHOT", "0.1.0"));
    }

    @Test
    void recordOutOfSequenceIsDamage() throws IOException {
        Path f = Fixtures.journal(dir, "ex.jsonl", 4);
        RecordDraft d = Fixtures.draft(90_000, 1, "x", 1);
        byte[] stray = JournalCodec.encode(new JournalRecord("D+0 01:00", 90_000, 9, 1, "x", "t",
            JsonNodeFactory.instance.objectNode(), d.outcome()));
        Files.write(f, concat(Fixtures.bytes(f), stray));
        JournalException e = assertThrows(JournalException.class, () -> JournalReader.read(f, Fixtures.expectation()));
        assertEquals(6, e.line());
        assertTrue(e.getMessage().contains("expected seq 5, found seq 9"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
