package corridor.spark;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkSlicesTest {

    private static BitSet links(int... indexes) {
        BitSet set = new BitSet();
        Arrays.stream(indexes).forEach(set::set);
        return set;
    }

    private static long work(int[] slice, int[] searches) {
        return Arrays.stream(slice).mapToLong(link -> searches[link] + 1L).sum();
    }

    @Test
    void aLinkCostsOneSearchPerPairWhoseRouteUsesIt() {
        int[] searches = LinkSlices.searchesByLink(List.of(links(0, 2), links(2, 3), links(), links(2)), 5);

        assertThat(searches).containsExactly(1, 0, 3, 1, 0);
    }

    @Test
    void heavyNeighboursGoToDifferentSlices() {
        // the shape measured on the built-in network: the first links heavy, the rest light
        int[] searches = new int[149];
        for (int link = 0; link < searches.length; link++) {
            searches[link] = link < 25 ? 500 + 20 * link : 3 + link % 7;
        }
        List<Integer> links = IntStream.range(0, searches.length).boxed().toList();

        List<int[]> slices = LinkSlices.deal(links, searches, 8);

        assertThat(slices).hasSize(8).allSatisfy(slice -> assertThat(slice).isNotEmpty());
        assertThat(slices.stream().flatMapToInt(Arrays::stream).sorted().toArray())
                .containsExactly(links.stream().mapToInt(Integer::intValue).toArray());
        long total = slices.stream().mapToLong(slice -> work(slice, searches)).sum();
        long heaviestLink = Arrays.stream(searches).max().orElseThrow() + 1L;
        for (int[] slice : slices) {
            assertThat(work(slice, searches)).isLessThanOrEqualTo(total / 8 + heaviestLink);
        }
        // consecutive runs, as Spark slices a list, would give the first slice most of the work
        long firstRun = IntStream.range(0, 19).mapToLong(link -> searches[link] + 1L).sum();
        assertThat(slices.stream().mapToLong(slice -> work(slice, searches)).max().orElseThrow())
                .isLessThan(firstRun / 2);
    }

    @Test
    void theSlicesDependOnTheLinksNotOnTheirOrder() {
        Random random = new Random(5);
        int[] searches = random.ints(60, 0, 400).toArray();
        List<Integer> links = new ArrayList<>(IntStream.range(0, 60).boxed().toList());
        List<int[]> first = LinkSlices.deal(links, searches, 7);

        Collections.shuffle(links, random);
        List<int[]> shuffled = LinkSlices.deal(links, searches, 7);

        assertThat(shuffled).hasSameSizeAs(first);
        for (int s = 0; s < first.size(); s++) {
            assertThat(shuffled.get(s)).containsExactly(first.get(s));
        }
    }

    @Test
    void fewerLinksThanSlicesGiveOneLinkASlice() {
        List<int[]> slices = LinkSlices.deal(List.of(4, 9), new int[10], 8);

        assertThat(slices).hasSize(2);
        assertThat(slices.get(0)).containsExactly(4);
        assertThat(slices.get(1)).containsExactly(9);
        assertThat(LinkSlices.deal(List.of(), new int[3], 4)).isEmpty();
        assertThatThrownBy(() -> LinkSlices.deal(List.of(1), new int[3], 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
    }
}
