package app.corroborate.align;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void keepsTheLongestIncreasingRun() {
        assertArrayEquals(new boolean[] {true, true, false, true, true}, Order.kept(new int[] {0, 1, 9, 2, 3}));
    }

    @Test
    void aBlockMovedToTheFrontIsTheMovedPart() {
        assertArrayEquals(new boolean[] {true, true, true, false}, Order.kept(new int[] {1, 2, 3, 0}));
    }

    @Test
    void emptyAndSingle() {
        assertArrayEquals(new boolean[0], Order.kept(new int[0]));
        assertArrayEquals(new boolean[] {true}, Order.kept(new int[] {5}));
    }
}
