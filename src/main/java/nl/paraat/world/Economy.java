package nl.paraat.world;

/**
 * Economy and labour (pillar 4): reservists called up against critical staff in care, transport and energy; fuel
 * stock (military draw, generators, rationing); soldiers available for civil support.
 */
final class Economy {
    static final int CARE = 0;
    static final int TRANSPORT = 1;
    static final int ENERGY = 2;

    private final Model m;
    final double[] staff = new double[3];
    final double[] reservistShare = new double[3];
    final boolean[] exempt = new boolean[3];
    long reservistsCalled;
    final long reservistsAvailable;
    long soldiersBase;
    long soldiersOnGuard;
    double fuelDays;
    final double fuelInitial;
    boolean rationing;
    boolean militaryFuelPriority;
    boolean emergency;
    double careReserveStaff;
    private final double militaryUse;
    private final double rationCut;

    Economy(Model m) {
        this.m = m;
        staff[CARE] = m.p("economy.care.staff");
        staff[TRANSPORT] = m.p("economy.transport.staff");
        staff[ENERGY] = m.p("economy.energy.staff");
        reservistShare[CARE] = m.p("economy.reservists.careShare");
        reservistShare[TRANSPORT] = m.p("economy.reservists.transportShare");
        reservistShare[ENERGY] = m.p("economy.reservists.energyShare");
        reservistsAvailable = (long) m.p("economy.reservists.available");
        soldiersBase = (long) m.p("defence.soldiersForCivil");
        fuelInitial = m.p("economy.fuel.stockDays");
        fuelDays = fuelInitial;
        militaryUse = m.p("economy.fuel.militaryUseFactor");
        rationCut = m.p("economy.fuel.rationCut");
    }

    /** Share of a sector's staff at work (1 = normal). Care includes the deployed reserve. */
    double staffShare(int sector) {
        double away = exempt[sector] ? 0 : reservistsCalled * reservistShare[sector];
        double extra = sector == CARE ? careReserveStaff : 0;
        return StrictMath.max(0, (staff[sector] - away + extra) / staff[sector]);
    }

    long soldiersAvailable() {
        long fromReserve = reservistsCalled;
        for (int s = 0; s < 3; s++) {
            if (exempt[s]) {
                fromReserve -= (long) (reservistsCalled * reservistShare[s]);
            }
        }
        return StrictMath.max(0, soldiersBase + fromReserve - soldiersOnGuard);
    }

    void hour() {
        double draw = m.transport.deploymentActive() ? militaryUse : 0;
        draw += 0.02 * m.infra.nodesOnGenerators() / m.nVr;
        if (rationing) {
            draw -= rationCut;
        }
        fuelDays = StrictMath.max(0, StrictMath.min(fuelInitial, fuelDays - draw / 24.0));
    }
}
