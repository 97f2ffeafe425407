package nl.paraat.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Typed values for decision and world-event parameters. Values are String, Long, Double, Boolean or
 * List&lt;String&gt; (Integer/Short/Byte become Long, Float becomes Double). Backed by a TreeMap (stable order).
 */
public final class Params {
    private static final Params EMPTY = new Params(new TreeMap<>());
    private final SortedMap<String, Object> values;

    private Params(SortedMap<String, Object> values) {
        this.values = Collections.unmodifiableSortedMap(values);
    }

    /** Copies the values into a TreeMap, normalising number types. */
    public static Params of(Map<String, ?> values) {
        TreeMap<String, Object> copy = new TreeMap<>();
        for (Map.Entry<String, ?> e : new TreeMap<>(values).entrySet()) {
            copy.put(e.getKey(), normalise(e.getValue()));
        }
        return new Params(copy);
    }

    /** Convenience: name/value pairs, e.g. {@code Params.of("region", "roaz-oost", "count", 20)}. */
    public static Params of(Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("name/value pairs expected");
        }
        TreeMap<String, Object> m = new TreeMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            m.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return of(m);
    }

    public static Params empty() {
        return EMPTY;
    }

    public SortedMap<String, Object> values() {
        return values;
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String string(String name) {
        Object v = require(name);
        return v instanceof String s ? s : String.valueOf(v);
    }

    public long integer(String name) {
        Object v = require(name);
        if (v instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not a whole number: " + v);
    }

    public double number(String name) {
        Object v = require(name);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not a number: " + v);
    }

    public boolean bool(String name) {
        Object v = require(name);
        if (v instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not true/false: " + v);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = require(name);
        if (v instanceof List<?> l) {
            return (List<String>) l;
        }
        throw new IllegalArgumentException("parameter '" + name + "' is not a list: " + v);
    }

    /** Value or a default when absent. */
    public long integer(String name, long dflt) {
        return has(name) ? integer(name) : dflt;
    }

    public double number(String name, double dflt) {
        return has(name) ? number(name) : dflt;
    }

    public String string(String name, String dflt) {
        return has(name) ? string(name) : dflt;
    }

    public boolean bool(String name, boolean dflt) {
        return has(name) ? bool(name) : dflt;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("missing parameter '" + name + "'");
        }
        return v;
    }

    private static Object normalise(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof List<?> l) {
            List<String> out = new ArrayList<>(l.size());
            for (Object o : l) {
                out.add(String.valueOf(o));
            }
            return List.copyOf(out);
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Params p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
