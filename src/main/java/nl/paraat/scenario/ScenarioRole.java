package nl.paraat.scenario;

import nl.paraat.world.RoleInstance;
import nl.paraat.world.Text;

/**
 * A role instance of the scenario: one team console, e.g. the GHOR of one safety region.
 *
 * @param type   a role type of the world catalogue
 * @param region ROAZ or safety region id for role types that have one, else null
 */
public record ScenarioRole(String id, String type, String region, Text name) {
    /** The world's view of this role. */
    public RoleInstance instance() {
        return new RoleInstance(id, type, region);
    }
}
