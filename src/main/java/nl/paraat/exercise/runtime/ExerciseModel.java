package nl.paraat.exercise.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.paraat.exercise.CommandOutcome;
import nl.paraat.exercise.Exercise;
import nl.paraat.exercise.journal.Outcome;
import nl.paraat.world.Params;

/**
 * The headless exercise core as a {@link LiveModel}: the runtime's clock and command queue drive an
 * {@link Exercise}; its happenings are collected for the lossless stream; its snapshot holds the
 * facilitator's picture and each role's view.
 */
public final class ExerciseModel implements LiveModel<LiveView, LiveHappening> {
    private final Exercise exercise;
    private final MessageBoard board;
    private final List<LiveHappening> pending = new ArrayList<>();

    public ExerciseModel(Exercise exercise) {
        this.exercise = Objects.requireNonNull(exercise, "exercise");
        exercise.addListener(h -> pending.add(new LiveHappening.Core(h)));
        java.util.Set<String> roles = new java.util.TreeSet<>();
        exercise.scenario().roles().forEach(r -> roles.add(r.id()));
        this.board = new MessageBoard(roles, e -> pending.add(new LiveHappening.Board(e)));
    }

    public Exercise exercise() {
        return exercise;
    }

    /** Messages, inbox marks and decision logs of this exercise. */
    public MessageBoard board() {
        return board;
    }

    /** The phases' default speeds of a scenario, for the {@link nl.paraat.exercise.clock.PacedClock}. */
    public static List<nl.paraat.exercise.clock.PhaseSpeed> phaseSpeeds(nl.paraat.scenario.Scenario scenario) {
        List<nl.paraat.exercise.clock.PhaseSpeed> out = new ArrayList<>();
        for (nl.paraat.scenario.Phase p : scenario.phases()) {
            p.defaultSpeed().ifPresent(x -> out.add(new nl.paraat.exercise.clock.PhaseSpeed(p.start(), x)));
        }
        return out;
    }

    /** The core's command for a runtime command (parameters converted as {@link ParamsJson} does). */
    public static nl.paraat.exercise.Command toCore(Command c) {
        return new nl.paraat.exercise.Command(c.actor(), c.type(), ParamsJson.fromJson(c.params()));
    }

    /** The runtime's command for a core command. */
    public static Command fromCore(nl.paraat.exercise.Command c) {
        return new Command(c.actor(), c.type(), ParamsJson.toJson(c.params()));
    }

    /** The journal's outcome of a core outcome; a rejection's reason is written {@code "nl / en"}. */
    public static Outcome outcome(CommandOutcome o) {
        if (o.accepted()) {
            return Outcome.ACCEPTED;
        }
        return Outcome.rejected(o.reason() == null ? "rejected"
            : o.reason().nl().equals(o.reason().en()) ? o.reason().nl() : o.reason().nl() + " / " + o.reason().en());
    }

    /** Message-board commands ({@link MessageBoard#handles}) go to the board, every other one to the core. */
    @Override
    public Outcome apply(Command command) {
        if (MessageBoard.handles(command.type())) {
            return board.apply(exercise.now(), command);
        }
        Params params;
        try {
            params = ParamsJson.fromJson(command.params());
        } catch (IllegalArgumentException e) {
            return Outcome.rejected("ongeldige parameters / invalid parameters: " + e.getMessage());
        }
        return outcome(exercise.apply(new nl.paraat.exercise.Command(command.actor(), command.type(), params)));
    }

    /** The facilitator's picture and every role instance's view (fog of war, reporting delays). */
    @Override
    public LiveView snapshot() {
        return snapshot(() -> false);
    }

    /** Gives up between two role views when asked to (a command is waiting). */
    @Override
    public LiveView snapshot(java.util.function.BooleanSupplier giveUp) {
        java.util.SortedMap<String, nl.paraat.exercise.RoleView> views = new java.util.TreeMap<>();
        for (nl.paraat.scenario.ScenarioRole r : exercise.scenario().roles()) {
            if (giveUp.getAsBoolean()) {
                return null;
            }
            views.put(r.id(), exercise.view(r.id()));
        }
        return new LiveView(exercise.snapshot(), views, board.inboxes());
    }

    @Override
    public void drainHappenings(Consumer<LiveHappening> out) {
        for (LiveHappening h : pending) {
            out.accept(h);
        }
        pending.clear();
    }

    @Override
    public long now() {
        return exercise.now();
    }

    @Override
    public long eventsExecuted() {
        return exercise.eventsExecuted();
    }

    @Override
    public long nextEventTime() {
        return exercise.nextEventTime();
    }

    @Override
    public void step() {
        exercise.step();
    }

    @Override
    public void advanceTo(long t) {
        exercise.advanceTo(t);
    }
}
