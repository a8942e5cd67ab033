package io.github.policyc.check.internal.text;

/**
 * Fixed, seed-free 64-bit hashing, so that signatures and therefore findings are the same on every
 * run and every JVM ({@link String#hashCode()} is fixed too, but has only 32 bits).
 */
final class Hashes {

    private Hashes() {
    }

    /** FNV-1a over the characters, then {@link #mix}. */
    static long of(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The SplitMix64 finaliser: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
