package nl.paraat.exercise.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import nl.paraat.exercise.journal.JournalException.Kind;

/**
 * Makes a journal ready for appending after a crash ({@code paraat resume}): checks it as
 * {@link JournalReader} does (any error leaves the file untouched), keeps a backup copy
 * {@code FILE.bak-<n>} (the first free n), and cuts off a torn last line so appending starts at a line
 * boundary. Holds the journal's lock meanwhile, so a running writer is never cut.
 */
public final class JournalRecovery {
    private JournalRecovery() {
    }

    /**
     * What recovery did.
     *
     * @param contents the journal as it now is (the torn end removed)
     * @param backup   the backup copy made before anything was changed
     * @param warnings the torn end that was cut off, naming file and line (empty if nothing was cut)
     */
    public record Recovered(JournalContents contents, Path backup, List<JournalWarning> warnings) {
    }

    /** Checks, backs up and truncates the journal; see the class comment. */
    public static Recovered prepareToAppend(Path file, JournalExpectation expected) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(ch, file);
            try {
                JournalContents read = JournalReader.read(file, expected);
                Path backup = backup(file);
                if (read.hasTornTail()) {
                    ch.truncate(read.completeLength());
                    ch.force(true);
                }
                JournalContents now = new JournalContents(file, read.header(), read.records(),
                    read.completeLength(), read.completeLength(), List.of());
                return new Recovered(now, backup, read.warnings());
            } finally {
                lock.release();
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " does not exist");
        } catch (IOException e) {
            throw new JournalException(Kind.IO, file, 0, "journal " + file + " cannot be recovered: "
                + e.getMessage(), e);
        }
    }

    static FileLock tryLock(FileChannel ch, Path file) throws IOException {
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new JournalException(Kind.IN_USE, file, 0, "journal " + file
                + " is in use by a running exercise; close that first");
        }
        return lock;
    }

    private static Path backup(Path file) throws IOException {
        for (int n = 1;; n++) {
            Path b = file.resolveSibling(file.getFileName() + ".bak-" + n);
            if (!Files.exists(b)) {
                Files.copy(file, b, StandardCopyOption.COPY_ATTRIBUTES);
                try (FileChannel bc = FileChannel.open(b, StandardOpenOption.WRITE)) {
                    bc.force(true);
                }
                return b;
            }
        }
    }
}
