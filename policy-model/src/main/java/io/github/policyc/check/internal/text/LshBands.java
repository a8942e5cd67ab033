package io.github.policyc.check.internal.text;

import java.util.Arrays;

/**
 * Locality-sensitive hashing by banding: a signature of {@code bands × rows} MinHash values is cut into
 * bands, and two signatures that agree on every row of some band are a candidate pair. With Jaccard
 * similarity {@code s}, a pair is a candidate with probability {@code 1 - (1 - s^rows)^bands}: near 1 for
 * similar pairs, near 0 for unrelated ones, so only a few pairs need exact comparison.
 *
 * <p>Buckets are found by sorting, not hashing, so the pairs come in the same order on every run. A
 * bucket holding more than {@code bucketCap + 1} signatures (many texts alike on one band, as in a
 * template repeated with small changes) pairs each member only with the {@code bucketCap} before it:
 * the chain still links the bucket into one group, and the cost stays linear in its size.
 */
final class LshBands {

    /** Receives candidate pairs, lower index first. */
    interface PairVisitor {
        void visit(int a, int b);
    }

    private final int bands;
    private final int rows;
    private final int bucketCap;

    LshBands(int bands, int rows, int bucketCap) {
        if (bands < 1 || rows < 1 || bucketCap < 1) {
            throw new IllegalArgumentException("bands, rows and bucket cap must be positive");
        }
        this.bands = bands;
        this.rows = rows;
        this.bucketCap = bucketCap;
    }

    int signatureSize() {
        return bands * rows;
    }

    void candidates(int[][] signatures, PairVisitor visitor) {
        int n = signatures.length;
        if (n < 2) {
            return;
        }
        // Each sort key holds a band hash in its high bits and the signature's index in its low bits.
        int idBits = 32 - Integer.numberOfLeadingZeros(n - 1);
        long idMask = (1L << idBits) - 1;
        long[] keys = new long[n];
        for (int band = 0; band < bands; band++) {
            for (int i = 0; i < n; i++) {
                keys[i] = bandHash(signatures[i], band) << idBits | i;
            }
            Arrays.sort(keys);
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || keys[i] >>> idBits != keys[start] >>> idBits) {
                    for (int j = start + 1; j < i; j++) {
                        for (int k = Math.max(start, j - bucketCap); k < j; k++) {
                            visitor.visit((int) (keys[k] & idMask), (int) (keys[j] & idMask));
                        }
                    }
                    start = i;
                }
            }
        }
    }

    private long bandHash(int[] signature, int band) {
        long h = Hashes.mix(band + 1L);
        for (int r = band * rows, end = r + rows; r < end; r++) {
            h = Hashes.mix(h ^ signature[r] & 0xffffffffL);
        }
        return h;
    }
}
