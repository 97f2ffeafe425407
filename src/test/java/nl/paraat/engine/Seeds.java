package nl.paraat.engine;

import java.util.stream.LongStream;

/** Seeds for the property-style engine tests: fixed, so every run checks the same cases. */
final class Seeds {
    private Seeds() {
    }

    static LongStream many() {
        return LongStream.range(0, 200).map(i -> 0x5eed0000L + i * 7919);
    }

    static LongStream some() {
        return LongStream.range(0, 25).map(i -> 0xabc00L + i * 104729);
    }
}
