package nl.paraat.exercise;

import java.util.Map;
import nl.paraat.world.Params;

/** Whether a decision's parameters include every entry of a match pattern (numbers compared by value). */
final class ParamMatch {
    private ParamMatch() {
    }

    static boolean matches(Params pattern, Params actual) {
        for (Map.Entry<String, Object> e : pattern.values().entrySet()) {
            Object a = actual.values().get(e.getKey());
            if (!same(e.getValue(), a)) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object want, Object have) {
        if (want instanceof Number w && have instanceof Number h) {
            return Double.compare(w.doubleValue(), h.doubleValue()) == 0;
        }
        return want.equals(have);
    }
}
