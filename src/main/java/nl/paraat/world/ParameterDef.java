package nl.paraat.world;

/** One model parameter of the catalogue: id, unit, default, allowed range, source (or "ASSUMPTION"). */
public record ParameterDef(String id, String unit, double defaultValue, double min, double max,
                           String source, String description) {
}
