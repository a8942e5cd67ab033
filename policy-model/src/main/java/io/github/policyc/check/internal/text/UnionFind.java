package io.github.policyc.check.internal.text;

import java.util.ArrayList;
import java.util.List;

/** Disjoint sets over {@code 0..n-1}, to turn confirmed pairs into groups. */
final class UnionFind {

    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
        parent = new int[n];
        size = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            size[i] = 1;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    boolean connected(int a, int b) {
        return find(a) == find(b);
    }

    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        if (size[ra] < size[rb]) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent[rb] = ra;
        size[ra] += size[rb];
    }

    /** The sets of two or more elements, each in ascending order, ordered by their least element. */
    List<int[]> groups() {
        int n = parent.length;
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            count[find(i)]++;
        }
        int[][] members = new int[n][];
        int[] filled = new int[n];
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(i);
            if (count[root] < 2) {
                continue;
            }
            if (members[root] == null) {
                members[root] = new int[count[root]];
                groups.add(members[root]);
            }
            members[root][filled[root]++] = i;
        }
        return groups;
    }
}
