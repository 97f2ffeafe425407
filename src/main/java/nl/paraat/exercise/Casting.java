package nl.paraat.exercise;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.paraat.scenario.Scenario;
import nl.paraat.scenario.ScenarioRole;

/**
 * Who plays each role instance of a scenario. Roles not listed are played by the facilitator.
 *
 * @param players player by role instance id
 */
public record Casting(SortedMap<String, Player> players) {
    public Casting {
        players = Collections.unmodifiableSortedMap(new TreeMap<>(players));
    }

    /** Every role played by the same kind of player. */
    public static Casting all(Scenario scenario, Player player) {
        SortedMap<String, Player> m = new TreeMap<>();
        scenario.roles().forEach(r -> m.put(r.id(), player));
        return new Casting(m);
    }

    /**
     * The casting of a headless run: the given roles are played by persons (their decisions come from a
     * file), every other role by the doctrine ({@code doctrine} true) or by nobody.
     */
    public static Casting forPolicy(Scenario scenario, Collection<String> persons, boolean doctrine) {
        SortedMap<String, Player> m = new TreeMap<>();
        for (ScenarioRole r : scenario.roles()) {
            m.put(r.id(), persons.contains(r.id()) ? Player.PERSON : doctrine ? Player.DOCTRINE : Player.FACILITATOR);
        }
        return new Casting(m);
    }

    /** A copy with one role's player changed. */
    public Casting with(String roleId, Player player) {
        SortedMap<String, Player> m = new TreeMap<>(players);
        m.put(roleId, player);
        return new Casting(m);
    }

    /** Who plays the role (the facilitator when not listed). */
    public Player of(String roleId) {
        Player p = players.get(roleId);
        return p == null ? Player.FACILITATOR : p;
    }
}
