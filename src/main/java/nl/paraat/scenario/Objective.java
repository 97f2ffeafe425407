package nl.paraat.scenario;

import java.util.List;
import nl.paraat.world.Text;

/**
 * An exercise objective, scored in the debrief.
 *
 * @param blr            NATO baseline requirement, {@code BLR1} .. {@code BLR7}
 * @param pillar         Dutch pillar, {@code P1} .. {@code P6}
 * @param coreCapability the (HSEEP) core capability it exercises
 * @param criticalTasks  the critical tasks evaluators look for
 */
public record Objective(String id, Text text, String blr, String pillar, Text coreCapability,
                        List<Text> criticalTasks) {
    public Objective {
        criticalTasks = List.copyOf(criticalTasks);
    }
}
