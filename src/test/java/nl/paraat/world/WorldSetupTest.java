package nl.paraat.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WorldSetupTest {
    @Test
    void unknownParameterIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class,
            () -> TestWorlds.world(WorldSetup.defaults().withParameter("health.icu.losdays", 5), 1));
        assertEquals("unknown parameter id 'health.icu.losdays'", e.getMessage());
    }

    @Test
    void outOfRangeParameterIsAClearError() {
        var e = assertThrows(IllegalArgumentException.class,
            () -> TestWorlds.world(WorldSetup.defaults().withParameter("health.icuShare", 1.5), 1));
        assertTrue(e.getMessage().startsWith("parameter health.icuShare = 1.5 is outside its range [0, 1]"), e.getMessage());
    }

    @Test
    void unknownEntityOrFieldIsAClearError() {
        var e1 = assertThrows(IllegalArgumentException.class,
            () -> TestWorlds.world(WorldSetup.defaults().withEntityField("roaz-atlantis", "icuBeds", 5), 1));
        assertEquals("unknown entity id 'roaz-atlantis'", e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
            () -> TestWorlds.world(WorldSetup.defaults().withEntityField("roaz-oost", "beds", 5), 1));
        assertTrue(e2.getMessage().contains("entity roaz-oost has no overridable field 'beds'"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
            () -> TestWorlds.world(WorldSetup.defaults().withEntityField("roaz-oost", "icuBeds", -1), 1));
        assertTrue(e3.getMessage().contains("outside its range"), e3.getMessage());
    }

    @Test
    void overridesChangeTheModel() {
        World base = TestWorlds.world();
        World more = TestWorlds.world(WorldSetup.defaults().withEntityField("roaz-oost", "icuBeds", 182), 1);
        assertEquals(82, base.indicator("health.icuFreeBeds", "roaz-oost")
            + base.model().health.background(base.model().roaz("roaz-oost"), Health.ICU), 1.0);
        assertTrue(more.indicator("health.icuFreeBeds", "roaz-oost") > base.indicator("health.icuFreeBeds", "roaz-oost") + 20);
        World trust = TestWorlds.world(WorldSetup.defaults().withParameter("society.trust.initial", 80), 1);
        assertEquals(80, trust.indicator("society.trustNational", "NL"), 1e-9);
    }

    @Test
    void unknownIndicatorOrScopeIsAnError() {
        World w = TestWorlds.world();
        assertThrows(IllegalArgumentException.class, () -> w.indicator("health.nothing", "NL"));
        var e = assertThrows(IllegalArgumentException.class, () -> w.indicator("health.icuOccupancy", "NL"));
        assertTrue(e.getMessage().contains("ROAZ_REGION"), e.getMessage());
    }
}
