package corridor.spark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.IntStream;

/**
 * The links of a criticality job dealt into tasks of about equal work. Cutting a link costs one
 * search per pair whose best route uses it, and those counts are far apart: on the built-in
 * network with 5,000 pairs the 25 links of the main corridors took 23 to 105 ms each, the other
 * 124 1 to 46 ms, most under 10. Spark slices a collection into consecutive runs, which put the
 * heavy links, adjacent in the graph, into the first two of eight tasks: 1,056 and 668 ms of CPU
 * against 60 to 231 ms for the other six (bench/README.md, "Spark"). Here the links go, heaviest
 * first, each to the slice with the least work so far (longest processing time first).
 *
 * <p>Stateless; thread-safe.
 */
final class LinkSlices {

    private LinkSlices() {
    }

    /**
     * Pairs whose best route uses each link: the searches cutting the link takes.
     *
     * @param linksOfPair the link indexes of each pair's best route
     * @param linkCount   links in the graph
     * @return searches by link index
     */
    static int[] searchesByLink(List<BitSet> linksOfPair, int linkCount) {
        int[] searches = new int[linkCount];
        for (BitSet links : linksOfPair) {
            links.stream().forEach(link -> searches[link]++);
        }
        return searches;
    }

    /**
     * Deals {@code links} into at most {@code slices} slices of about equal searches (plus one per
     * link, its own fixed cost). Deterministic: equal inputs, equal slices. Every link is in exactly
     * one slice; no slice is empty.
     *
     * @param links    link indexes to cut
     * @param searches searches by link index ({@link #searchesByLink})
     * @param slices   slices wanted, at least 1
     * @return the slices, each in dealing order
     */
    static List<int[]> deal(List<Integer> links, int[] searches, int slices) {
        if (slices < 1) {
            throw new IllegalArgumentException("slices must be at least 1, got " + slices);
        }
        int count = Math.min(slices, links.size());
        List<Integer> heaviestFirst = new ArrayList<>(links);
        heaviestFirst.sort(Comparator.comparingInt((Integer link) -> -searches[link]).thenComparingInt(link -> link));
        long[] work = new long[count];
        List<List<Integer>> dealt = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> dealt.add(new ArrayList<>()));
        // the lightest slice so far, the lowest index among equals
        PriorityQueue<Integer> lightest = new PriorityQueue<>(
                Comparator.comparingLong((Integer s) -> work[s]).thenComparingInt(s -> s));
        IntStream.range(0, count).forEach(lightest::add);
        for (int link : heaviestFirst) {
            int slice = lightest.poll();
            dealt.get(slice).add(link);
            work[slice] += searches[link] + 1L;
            lightest.add(slice);
        }
        return dealt.stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toList();
    }
}
