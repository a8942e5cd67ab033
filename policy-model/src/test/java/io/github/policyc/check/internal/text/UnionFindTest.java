package io.github.policyc.check.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnionFindTest {

    @Test
    void joinsPairsIntoGroupsInOrder() {
        UnionFind sets = new UnionFind(8);
        sets.union(5, 2);
        sets.union(6, 1);
        sets.union(2, 7);
        sets.union(7, 5);

        assertThat(sets.connected(5, 7)).isTrue();
        assertThat(sets.connected(1, 2)).isFalse();
        assertThat(sets.groups()).containsExactly(new int[] {1, 6}, new int[] {2, 5, 7});
    }
}
