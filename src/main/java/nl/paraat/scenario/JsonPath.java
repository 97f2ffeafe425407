package nl.paraat.scenario;

import java.util.regex.Pattern;

/** Builds JSON paths in the form people read them: {@code $.injects[5].recipients[0]}, {@code $.parameters['health.icu.losDays']}. */
public final class JsonPath {
    /** The root. */
    public static final String ROOT = "$";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPath() {
    }

    /** The path of an object member. */
    public static String field(String parent, String name) {
        if (PLAIN.matcher(name).matches()) {
            return parent + "." + name;
        }
        return parent + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    /** The path of an array element. */
    public static String index(String parent, int i) {
        return parent + "[" + i + "]";
    }

    /** The parent of a path, or the root itself. */
    public static String parent(String path) {
        if (path.endsWith("]")) {
            int depth = 0;
            boolean quoted = false;
            for (int i = path.length() - 1; i > 0; i--) {
                char c = path.charAt(i);
                if (c == '\'' && path.charAt(i - 1) != '\\') {
                    quoted = !quoted;
                } else if (!quoted && c == ']') {
                    depth++;
                } else if (!quoted && c == '[' && --depth == 0) {
                    return path.substring(0, i);
                }
            }
            return ROOT;
        }
        int dot = path.lastIndexOf('.');
        return dot <= 0 ? ROOT : path.substring(0, dot);
    }
}
