package corridor.routing.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoundedCacheTest {

    @Test
    void makesEachValueOnceWhileItIsKept() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(4);
        List<Integer> made = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int key = 0; key < 3; key++) {
                assertThat(cache.get(key, k -> {
                    made.add(k);
                    return "value " + k;
                })).isEqualTo("value " + key);
            }
        }
        assertThat(made).containsExactly(0, 1, 2);
    }

    @Test
    void startsAfreshPastItsBoundInsteadOfGrowing() {
        BoundedCache<Integer, Integer> cache = new BoundedCache<>(4);
        List<Integer> made = new ArrayList<>();
        for (int key = 0; key < 10; key++) {
            cache.get(key, k -> {
                made.add(k);
                return k;
            });
        }
        // 0..3 filled it; 4 emptied it and was kept; 8 emptied it again: 8 and 9 are kept, 0 is made anew
        cache.get(9, k -> {
            made.add(k);
            return k;
        });
        cache.get(0, k -> {
            made.add(k);
            return k;
        });
        assertThat(made).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0);
    }
}
