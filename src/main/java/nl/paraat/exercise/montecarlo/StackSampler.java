package nl.paraat.exercise.montecarlo;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A poor man's profiler for the pre-play: a daemon thread that every few milliseconds takes the stack of
 * each thread whose name starts with a prefix and counts, per method, how often it was on top (self) and
 * anywhere on the stack (inclusive). Only for measuring; it never touches a simulation.
 */
public final class StackSampler {
    private final String prefix;
    private final long periodMillis;
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private int samples;

    private StackSampler(String prefix, long periodMillis) {
        this.prefix = prefix;
        this.periodMillis = periodMillis;
        this.thread = new Thread(this::loop, "stack-sampler");
        thread.setDaemon(true);
    }

    /** Starts sampling the threads whose names start with {@code prefix}. */
    public static StackSampler start(String prefix, long periodMillis) {
        StackSampler s = new StackSampler(prefix, periodMillis);
        s.thread.start();
        return s;
    }

    private void loop() {
        while (running) {
            for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
                if (e.getKey().getName().startsWith(prefix) && e.getValue().length > 0
                    && e.getKey().getState() == Thread.State.RUNNABLE) {
                    record(e.getValue());
                }
            }
            try {
                Thread.sleep(periodMillis);
            } catch (InterruptedException ex) {
                return;
            }
        }
    }

    private synchronized void record(StackTraceElement[] stack) {
        samples++;
        self.merge(name(stack[0]), 1, Integer::sum);
        Set<String> seen = new HashSet<>();
        for (StackTraceElement f : stack) {
            String n = name(f);
            if (seen.add(n)) {
                inclusive.merge(n, 1, Integer::sum);
            }
        }
    }

    /** Stops sampling. */
    public void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The top methods by self and by inclusive samples. */
    public synchronized void print(PrintWriter out, int top) {
        out.printf(Locale.ROOT, "profile: %d stack samples of running worker threads%n", samples);
        print(out, "self (on top of the stack)", self, top);
        Map<String, Integer> ours = new HashMap<>();
        inclusive.forEach((k, v) -> {
            if (k.startsWith("nl.paraat.")) {
                ours.put(k, v);
            }
        });
        print(out, "inclusive (anywhere on the stack, nl.paraat only)", ours, top);
    }

    private void print(PrintWriter out, String title, Map<String, Integer> counts, int top) {
        out.println("  " + title + ":");
        List<Map.Entry<String, Integer>> list = new ArrayList<>(counts.entrySet());
        list.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < Math.min(top, list.size()); i++) {
            Map.Entry<String, Integer> e = list.get(i);
            out.printf(Locale.ROOT, "    %6.2f%%  %s%n", samples == 0 ? 0.0 : 100.0 * e.getValue() / samples, e.getKey());
        }
    }

    private static String name(StackTraceElement f) {
        return f.getClassName() + "." + f.getMethodName();
    }
}
