package nl.paraat.engine;

import java.util.Objects;

/**
 * A kind of event: a stable name (part of the trace hash, so it must not change between versions that
 * should replay each other's journals) and the handler that executes it.
 */
public final class EventType {
    private final String name;
    private final long id;
    private final EventHandler handler;

    public EventType(String name, EventHandler handler) {
        this.name = Objects.requireNonNull(name, "name");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.id = StableHash.of(name);
    }

    public String name() {
        return name;
    }

    /** The stable 64-bit id of the name, used in the trace hash. */
    public long id() {
        return id;
    }

    EventHandler handler() {
        return handler;
    }

    @Override
    public String toString() {
        return name;
    }
}
