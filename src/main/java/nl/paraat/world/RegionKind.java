package nl.paraat.world;

/** What kind of region an instance of a role type has. */
public enum RegionKind { NONE, ROAZ, SAFETY }
