package nl.paraat.world;

/** What an indicator is measured over; scope id "NL" for NATIONAL, otherwise a region, corridor or port id. */
public enum IndicatorScope { NATIONAL, ROAZ_REGION, SAFETY_REGION, CORRIDOR, PORT }
