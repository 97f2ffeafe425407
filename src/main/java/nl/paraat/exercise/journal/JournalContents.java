package nl.paraat.exercise.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * A journal as read: its header, the complete records in order and what was found at its end.
 *
 * @param file           the journal
 * @param header         line 1
 * @param records        the records of lines 2..n, all with valid crc, {@code seq} 1, 2, 3, ...
 * @param completeLength bytes up to and including the newline of the last complete, valid line
 * @param fileLength     bytes in the file when it was read
 * @param warnings       what was found at the end (a torn last line), naming file and line
 */
public record JournalContents(Path file, JournalHeader header, List<JournalRecord> records, long completeLength,
                              long fileLength, List<JournalWarning> warnings) {
    public JournalContents {
        records = List.copyOf(records);
        warnings = List.copyOf(warnings);
    }

    /** True if bytes after the last complete line were ignored (a torn write). */
    public boolean hasTornTail() {
        return fileLength > completeLength;
    }

    /** The time of the last record (the end of play when it is an ENDEX or stop record), or 0 without records. */
    public long lastTime() {
        return records.isEmpty() ? 0 : records.get(records.size() - 1).ts();
    }

    /** The seq the next appended record gets. */
    public long nextSeq() {
        return records.size() + 1L;
    }
}
