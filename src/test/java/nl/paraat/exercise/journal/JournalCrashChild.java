package nl.paraat.exercise.journal;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child JVM of {@link JournalCrashIT}: creates (or recovers and continues) a journal and appends
 * records from a few threads as fast as it can, printing {@code ack <seq> <actor> <n>} after each
 * acknowledgement, until it is killed.
 */
public final class JournalCrashChild {
    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        String round = args[2];
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        JournalWriter w;
        if (Files.exists(file)) {
            JournalRecovery.Recovered r = JournalRecovery.prepareToAppend(file, Fixtures.expectation());
            w = JournalWriter.resume(r.contents(), Fixtures.DTIME, JournalWriter.Sync.DATA);
        } else {
            w = JournalWriter.create(file, Fixtures.header(), Fixtures.DTIME, JournalWriter.Sync.DATA);
        }
        out.println("ready");
        for (int t = 0; t < threads; t++) {
            String actor = "r" + round + "-t" + t;
            Thread p = new Thread(() -> {
                for (int n = 0;; n++) {
                    JournalRecord rec = w.appendAndWait(Fixtures.draft(86_400, 0, actor, n));
                    out.println("ack " + rec.seq() + " " + actor + " " + n);
                }
            });
            p.start();
        }
        Thread.sleep(60_000); // killed long before
        System.exit(3);
    }
}
