package corridor.model.graph;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MinHeapTest {

    @Property(tries = 300)
    void popsEveryEntryInTheOrderOfItsKey(@ForAll @Size(max = 700) List<@DoubleRange(min = -1e6, max = 1e6) Double> keys) {
        MinHeap heap = new MinHeap();
        for (int i = 0; i < keys.size(); i++) {
            heap.push(keys.get(i), i);
        }
        assertThat(heap.size()).isEqualTo(keys.size());
        List<Double> popped = new ArrayList<>();
        List<Integer> items = new ArrayList<>();
        while (!heap.isEmpty()) {
            double key = heap.peekKey();
            int item = heap.pop();
            assertThat(keys.get(item)).isEqualTo(key);
            popped.add(key);
            items.add(item);
        }
        assertThat(popped).isSorted();
        assertThat(items).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, keys.size()).boxed().toList());
    }

    @Test
    void keepsAnItemPushedTwiceAndIsReusableAfterClear() {
        MinHeap heap = new MinHeap();
        heap.push(5.0, 7);
        heap.push(2.0, 7);
        heap.push(3.0, 1);
        assertThat(heap.pop()).isEqualTo(7);
        assertThat(heap.pop()).isEqualTo(1);
        assertThat(heap.peekKey()).isEqualTo(5.0);
        heap.clear();
        assertThat(heap.isEmpty()).isTrue();
        heap.push(1.0, 9);
        assertThat(heap.pop()).isEqualTo(9);
        assertThat(heap.isEmpty()).isTrue();
    }
}
