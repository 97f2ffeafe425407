package nl.paraat.scenario;

/**
 * A condition on an indicator, evaluated inside the simulation at each indicator sample.
 *
 * @param indicator  indicator id of the world catalogue
 * @param scope      {@code NL} or a region, corridor or port id
 * @param op         comparison
 * @param value      threshold
 * @param forSeconds how long the condition must hold (from the first sample it holds at), 0 = at once
 * @param rearm      fire again after the condition has been false at a sample
 */
public record Condition(String indicator, String scope, Op op, double value, long forSeconds, boolean rearm) {
    /** Comparisons, written in files as their symbol. */
    public enum Op {
        GT(">"), GE(">="), LT("<"), LE("<="), EQ("=="), NE("!=");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** True if {@code left op right}; false when left is not a number. */
        public boolean test(double left, double right) {
            if (Double.isNaN(left)) {
                return false;
            }
            return switch (this) {
                case GT -> left > right;
                case GE -> left >= right;
                case LT -> left < right;
                case LE -> left <= right;
                case EQ -> left == right;
                case NE -> left != right;
            };
        }

        /** The op with this symbol, or null. */
        public static Op bySymbol(String s) {
            for (Op o : values()) {
                if (o.symbol.equals(s)) {
                    return o;
                }
            }
            return null;
        }
    }

    /** True if a value meets the condition. */
    public boolean holds(double v) {
        return op.test(v, value);
    }
}
