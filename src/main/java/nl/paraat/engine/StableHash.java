package nl.paraat.engine;

/**
 * Hashes that are the same on every JVM and every run: FNV-1a over the UTF-16 code units of a string and
 * the SplitMix64 finaliser. Never use {@code String.hashCode()} or identity hashes for seeds or traces.
 */
public final class StableHash {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private StableHash() {
    }

    /** 64-bit FNV-1a of the string's characters, finalised with {@link #mix64(long)}. */
    public static long of(String s) {
        long h = FNV_OFFSET;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= FNV_PRIME;
            h ^= c >>> 8;
            h *= FNV_PRIME;
        }
        return mix64(h);
    }

    /** The SplitMix64 finaliser (Stafford variant 13): a bijective, well-mixing 64-bit function. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Combines two values into one hash, order-sensitive. */
    public static long combine(long a, long b) {
        return mix64(a * 0x9e3779b97f4a7c15L + mix64(b ^ 0x632be59bd9b4e019L));
    }
}
