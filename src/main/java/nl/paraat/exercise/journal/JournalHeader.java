package nl.paraat.exercise.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;

/**
 * Line 1 of a journal: everything besides the records that a replay needs to rebuild the exercise.
 *
 * @param format      the journal format version ({@link JournalCodec#FORMAT_VERSION} when written now)
 * @param program     the program version that wrote the journal
 * @param scenario    which scenario was played
 * @param parameters  parameter overrides by catalogue id (a JSON object, possibly empty)
 * @param seed        the master seed
 * @param replication the replication index
 * @param roles       who plays each role instance
 * @param startPhase  the phase play started in (may be null: the scenario's first)
 * @param fork        where this exercise forked off another journal; null for an original exercise
 */
public record JournalHeader(int format, String program, ScenarioRef scenario, JsonNode parameters, long seed,
                            int replication, List<RoleCast> roles, String startPhase, ForkOrigin fork) {
    public JournalHeader {
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(scenario, "scenario");
        if (parameters == null) {
            parameters = JsonNodeFactory.instance.objectNode();
        }
        if (!parameters.isObject()) {
            throw new IllegalArgumentException("parameters must be a JSON object");
        }
        roles = List.copyOf(roles);
    }

    /** A header in the current format. */
    public static JournalHeader of(String program, ScenarioRef scenario, JsonNode parameters, long seed,
                                   int replication, List<RoleCast> roles, String startPhase, ForkOrigin fork) {
        return new JournalHeader(JournalCodec.FORMAT_VERSION, program, scenario, parameters, seed, replication,
            roles, startPhase, fork);
    }

    /**
     * The scenario an exercise plays.
     *
     * @param id       the scenario's id
     * @param path     where it was read from, as given
     * @param sha256   SHA-256 of the scenario file's bytes, 64 lower-case hex digits
     * @param embedded the scenario itself, embedded so the journal replays without the file; may be null
     */
    public record ScenarioRef(String id, String path, String sha256, JsonNode embedded) {
        public ScenarioRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /**
     * Who plays a role instance.
     *
     * @param role   the role instance id
     * @param player {@code person}, {@code facilitator} or {@code doctrine}
     * @param person the person's name when a person plays it; may be null
     */
    public record RoleCast(String role, String player, String person) {
        public static final String PERSON = "person";
        public static final String FACILITATOR = "facilitator";
        public static final String DOCTRINE = "doctrine";

        public RoleCast {
            Objects.requireNonNull(role, "role");
            if (!PERSON.equals(player) && !FACILITATOR.equals(player) && !DOCTRINE.equals(player)) {
                throw new IllegalArgumentException("player must be person, facilitator or doctrine: " + player);
            }
        }
    }

    /**
     * Where a forked exercise came from.
     *
     * @param parent       path of the parent journal, as given
     * @param parentSha256 SHA-256 of the parent journal's bytes when the fork was made
     * @param at           the fork time as people read it
     * @param atTs         the fork time in seconds since T0
     */
    public record ForkOrigin(String parent, String parentSha256, String at, long atTs) {
        public ForkOrigin {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(parentSha256, "parentSha256");
            Objects.requireNonNull(at, "at");
        }
    }
}
