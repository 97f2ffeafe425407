package nl.paraat.exercise.journal;

import java.nio.file.Path;

/**
 * A journal that cannot be used as asked, with a message written for people (file, line, what was expected
 * and what was found). The command line shows the message as it is, without a stack trace.
 */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong. */
    public enum Kind {
        /** The file has no bytes. */
        EMPTY,
        /** Line 1 is not a complete Paraat journal header. */
        NO_HEADER,
        /** The header has another journal format version. */
        FORMAT_VERSION,
        /** The header names another scenario (hash) than the one given. */
        SCENARIO,
        /** The header's program version cannot be replayed by this program. */
        PROGRAM_VERSION,
        /** A line with valid records after it is damaged, or a record is inconsistent. */
        DAMAGED_LINE,
        /** Replaying the journal does not reach the point where a record was applied. */
        DIVERGED,
        /** The exercise was ended (ENDEX): it cannot be continued, only forked. */
        ENDED,
        /** The journal is being written by another process. */
        IN_USE,
        /** Reading or writing the file failed. */
        IO
    }

    private final Kind kind;
    private final transient Path file;
    private final int line;

    public JournalException(Kind kind, Path file, int line, String message) {
        super(message);
        this.kind = kind;
        this.file = file;
        this.line = line;
    }

    public JournalException(Kind kind, Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    public Path file() {
        return file;
    }

    /** The 1-based line the problem is on (the header is line 1), or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }
}
