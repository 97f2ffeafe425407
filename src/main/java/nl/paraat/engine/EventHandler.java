package nl.paraat.engine;

/** What happens when an event of a given {@link EventType} is executed. */
@FunctionalInterface
public interface EventHandler {
    /**
     * Executes one event. The simulator's clock already stands at the event's time.
     *
     * @param key     the model's key for the event (an entity index, a link id, ...), part of the trace hash
     * @param payload an optional object the model attached when scheduling (may be null), not hashed
     */
    void onEvent(long key, Object payload);
}
