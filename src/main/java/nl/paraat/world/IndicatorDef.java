package nl.paraat.world;

import java.util.List;

/**
 * An indicator. group: reporting-delay group, one of "health", "transport", "infrastructure", "society",
 * "displaced", "economy".
 */
public record IndicatorDef(String id, Text name, String unit, IndicatorScope scope, String group,
                           List<String> blrs, List<String> pillars, String meaning, String formula) {
    public IndicatorDef {
        blrs = List.copyOf(blrs);
        pillars = List.copyOf(pillars);
    }
}
