package nl.paraat.exercise.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.paraat.exercise.journal.JournalException.Kind;

/**
 * Reads a journal without changing it.
 *
 * <p>A line counts once its newline is written. Every line carries a crc ({@link JournalCodec}). Lines
 * that are incomplete (no newline), not JSON or fail their crc <em>after the last valid line</em> are a
 * torn end of a write that was never acknowledged: they are ignored with a {@link JournalWarning} naming
 * file and line ({@link JournalRecovery} cuts them off before appending). A damaged line with a valid line
 * after it is real damage: {@link JournalException} naming file and line. So are an empty file, a missing
 * header, another format version, a header for another scenario or for a program version that cannot
 * replay it, and records out of sequence.
 */
public final class JournalReader {
    private JournalReader() {
    }

    /** Reads the journal and checks its header against what is expected. The file is never changed. */
    public static JournalContents read(Path file, JournalExpectation expected) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " does not exist");
        } catch (IOException e) {
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " cannot be read: " + e.getMessage(), e);
        }
        return parse(file, bytes, expected);
    }

    /** Parses a journal's bytes (see {@link #read(Path, JournalExpectation)}). */
    static JournalContents parse(Path file, byte[] bytes, JournalExpectation expected) {
        if (bytes.length == 0) {
            throw new JournalException(Kind.EMPTY, file, 0, "journal " + file
                + " is empty: expected a Paraat journal header on line 1, found 0 bytes");
        }
        List<Line> lines = split(bytes);
        int lastValid = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).damage == null) {
                lastValid = i;
            }
        }
        for (int i = 0; i < lastValid; i++) {
            Line l = lines.get(i);
            if (l.damage != null) {
                throw damaged(file, i + 1, "damaged (" + l.damage + ") while later lines are intact, so it is "
                    + "not a torn end of a write");
            }
        }
        Line first = lines.get(0);
        if (first.damage != null) {
            throw new JournalException(Kind.NO_HEADER, file, 1, at(file, 1) + "no complete Paraat journal header ("
                + first.damage + "); expected a header line written by Paraat, the file was not changed");
        }
        JournalHeader header = header(file, first.node, expected);
        List<JournalRecord> records = new ArrayList<>(Math.max(0, lastValid));
        for (int i = 1; i <= lastValid; i++) {
            JournalRecord r;
            try {
                r = JournalCodec.toRecord(lines.get(i).node);
            } catch (JournalCodec.LineDamage d) {
                throw damaged(file, i + 1, "not a valid record: " + d.getMessage());
            }
            if (r.seq() != i) {
                throw damaged(file, i + 1, "record out of sequence: expected seq " + i + ", found seq " + r.seq());
            }
            if (!records.isEmpty()) {
                JournalRecord prev = records.get(records.size() - 1);
                if (r.ts() < prev.ts() || r.afterEvents() < prev.afterEvents()) {
                    throw damaged(file, i + 1, "record goes back in time: ts " + r.ts() + " after " + prev.ts()
                        + ", afterEvents " + r.afterEvents() + " after " + prev.afterEvents());
                }
            }
            records.add(r);
        }
        Line lastGood = lines.get(lastValid);
        long completeLength = lastGood.end + 1;
        List<JournalWarning> warnings = new ArrayList<>();
        if (lastValid + 1 < lines.size()) {
            warnings.add(tornWarning(file, lines, lastValid + 1, bytes.length - completeLength));
        }
        return new JournalContents(file, header, records, completeLength, bytes.length, warnings);
    }

    private static JournalWarning tornWarning(Path file, List<Line> lines, int from, long bytes) {
        int firstLine = from + 1;
        int lastLine = lines.size();
        Line l = lines.get(from);
        String which = firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        String what = lastLine == firstLine && !l.complete ? "is incomplete (no newline; " + bytes + " bytes)"
            : "is damaged (" + l.damage + ")";
        String message = "journal " + file + ", " + which + ": the last line " + what
            + ", a write that was cut off and never acknowledged; it is ignored";
        return new JournalWarning(file, firstLine, message);
    }

    private static JournalHeader header(Path file, ObjectNode o, JournalExpectation expected) {
        JsonNode marker = o.get("journal");
        if (marker == null || !JournalCodec.MARKER.equals(marker.textValue())) {
            throw new JournalException(Kind.NO_HEADER, file, 1, at(file, 1) + "not a Paraat journal header: "
                + "expected a line with \"journal\":\"paraat\", found fields " + JournalCodec.fieldsOf(o));
        }
        JsonNode format = o.get("format");
        if (format == null || !format.isInt() || format.intValue() != JournalCodec.FORMAT_VERSION) {
            throw new JournalException(Kind.FORMAT_VERSION, file, 1, at(file, 1) + "journal format "
                + (format == null ? "missing" : format.toString()) + " is not supported: expected format "
                + JournalCodec.FORMAT_VERSION + ", found " + (format == null ? "none" : format.toString()));
        }
        JournalHeader h;
        try {
            h = JournalCodec.toHeader(o);
        } catch (JournalCodec.LineDamage d) {
            throw new JournalException(Kind.NO_HEADER, file, 1, at(file, 1) + "invalid journal header: "
                + d.getMessage());
        }
        if (expected.program() != null && !JournalExpectation.canReplay(h.program(), expected.program())) {
            throw new JournalException(Kind.PROGRAM_VERSION, file, 1, at(file, 1) + "written by Paraat "
                + h.program() + ", which this Paraat " + expected.program() + " cannot replay: expected version "
                + JournalExpectation.replayableBy(expected.program()) + ", found " + h.program());
        }
        if (expected.scenarioSha256() != null) {
            checkScenario(file, h, expected.scenarioSha256());
        }
        return h;
    }

    /**
     * Refuses a journal whose header names another scenario than the one with this SHA-256 (an error naming
     * both hashes; the file is not touched).
     */
    public static void checkScenario(Path file, JournalHeader h, String scenarioSha256) {
        if (!scenarioSha256.equals(h.scenario().sha256())) {
            throw new JournalException(Kind.SCENARIO, file, 1, at(file, 1) + "written for another scenario "
                + "(version): expected scenario sha256 " + scenarioSha256 + ", found sha256 " + h.scenario().sha256()
                + " (scenario '" + h.scenario().id() + "'"
                + (h.scenario().path() == null ? "" : " from " + h.scenario().path()) + ")");
        }
    }

    private static JournalException damaged(Path file, int line, String what) {
        return new JournalException(Kind.DAMAGED_LINE, file, line, at(file, line) + what
            + "; the file was not changed");
    }

    static String at(Path file, int line) {
        return "journal " + file + ", line " + line + ": ";
    }

    private static List<Line> split(byte[] b) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(Line.of(b, start, i, true));
                start = i + 1;
            }
        }
        if (start < b.length) {
            lines.add(Line.of(b, start, b.length, false));
        }
        return lines;
    }

    /** One line: [start, end) without its newline; either parsed or damaged. */
    private static final class Line {
        final int end;
        final boolean complete;
        final ObjectNode node;
        final String damage;

        private Line(int end, boolean complete, ObjectNode node, String damage) {
            this.end = end;
            this.complete = complete;
            this.node = node;
            this.damage = damage;
        }

        static Line of(byte[] b, int start, int end, boolean complete) {
            if (!complete) {
                return new Line(end, false, null, "no newline at its end");
            }
            try {
                return new Line(end, true, JournalCodec.verify(b, start, end), null);
            } catch (JournalCodec.LineDamage d) {
                return new Line(end, true, null, d.getMessage());
            }
        }
    }
}
