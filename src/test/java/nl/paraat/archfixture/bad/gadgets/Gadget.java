package nl.paraat.archfixture.bad.gadgets;

/** Fixture: a package that belongs to no layer. */
public final class Gadget {
}
