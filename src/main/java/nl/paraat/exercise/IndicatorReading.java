package nl.paraat.exercise;

/**
 * An indicator value as a role sees it: the last sample at or before {@code asOf} (now minus the
 * reporting delay of the indicator's group).
 *
 * @param value NaN when nothing was sampled yet by then
 */
public record IndicatorReading(String indicator, String scope, double value, long asOf) {
}
