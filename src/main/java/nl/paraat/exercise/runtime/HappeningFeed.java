package nl.paraat.exercise.runtime;

import java.util.Collection;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One subscriber's view of the stream of happenings: everything published after it subscribed, in order,
 * never dropped (an unbounded queue; a screen that stops reading holds memory, not the engine).
 *
 * @param <H> the model's happening type
 */
public final class HappeningFeed<H> {
    private final LinkedBlockingQueue<Happening<H>> queue = new LinkedBlockingQueue<>();

    void offer(Happening<H> h) {
        queue.add(h);
    }

    /** The next happening, waiting at most the given time; null if none arrived. */
    public Happening<H> poll(long timeout, TimeUnit unit) throws InterruptedException {
        return queue.poll(timeout, unit);
    }

    /** Moves every happening available now into {@code into}; returns how many. */
    public int drainTo(Collection<? super Happening<H>> into) {
        return queue.drainTo(into);
    }

    /** Happenings waiting to be read. */
    public int backlog() {
        return queue.size();
    }
}
