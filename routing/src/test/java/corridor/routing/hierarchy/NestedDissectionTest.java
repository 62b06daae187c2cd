package corridor.routing.hierarchy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order's shape: a permutation whatever the graph (trees, rings, chains between junctions),
 * dead ends and degree-2 chains before the junctions, no cut needed for them, and a nested
 * dissection of a grid shallow where contracting row by row is not.
 */
class NestedDissectionTest {

    /** Edges as arcs both ways, with coordinates for the dissection. */
    private static final class Graph {
        final List<int[]> edges = new ArrayList<>();
        final List<double[]> at = new ArrayList<>();

        int node(double lat, double lon) {
            at.add(new double[] {lat, lon});
            return at.size() - 1;
        }

        void edge(int a, int b) {
            edges.add(new int[] {a, b});
        }

        int[] ranks() {
            return NestedDissection.ranks(at.size(), column(0), column(1), coordinate(0), coordinate(1));
        }

        CchTopology topology() {
            return CchTopology.build(at.size(), column(0), column(1), ranks());
        }

        private int[] column(int k) {
            int[] c = new int[edges.size() * 2];
            for (int i = 0; i < edges.size(); i++) {
                c[2 * i] = edges.get(i)[k];
                c[2 * i + 1] = edges.get(i)[1 - k];
            }
            return c;
        }

        private double[] coordinate(int k) {
            return at.stream().mapToDouble(p -> p[k]).toArray();
        }
    }

    /** A grid of side × side junctions, each street cut by {@code cuts} degree-2 nodes, a dead end of two segments. */
    private static Graph subdividedGrid(int side, int cuts) {
        Graph g = new Graph();
        int[][] at = new int[side][side];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                at[r][c] = g.node(r, c);
            }
        }
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                if (c + 1 < side) {
                    street(g, at[r][c], at[r][c + 1], cuts);
                }
                if (r + 1 < side) {
                    street(g, at[r][c], at[r + 1][c], cuts);
                }
            }
        }
        int end = g.node(0.5, 0.5);
        g.edge(at[1][1], end);
        g.edge(end, g.node(-2, -2));
        return g;
    }

    private static void street(Graph g, int a, int b, int cuts) {
        double[] pa = g.at.get(a);
        double[] pb = g.at.get(b);
        int previous = a;
        for (int k = 1; k <= cuts; k++) {
            double f = k / (cuts + 1.0);
            int node = g.node(pa[0] + f * (pb[0] - pa[0]), pa[1] + f * (pb[1] - pa[1]));
            g.edge(previous, node);
            previous = node;
        }
        g.edge(previous, b);
    }

    private static void assertPermutation(int[] rank) {
        boolean[] seen = new boolean[rank.length];
        for (int r : rank) {
            assertThat(r).isBetween(0, rank.length - 1);
            assertThat(seen[r]).as("rank %d twice", r).isFalse();
            seen[r] = true;
        }
    }

    @Test
    void deadEndsAndChainsComeBeforeEveryJunction() {
        int side = 12;
        Graph g = subdividedGrid(side, 3);
        int[] rank = g.ranks();
        assertPermutation(rank);
        int junctions = side * side - 4; // the corners meet two streets: chain ends, not junctions
        int lowestJunction = Integer.MAX_VALUE;
        int highestOther = -1;
        int[] degree = new int[rank.length];
        for (int[] e : g.edges) {
            degree[e[0]]++;
            degree[e[1]]++;
        }
        for (int v = 0; v < rank.length; v++) {
            if (degree[v] >= 3) {
                lowestJunction = Math.min(lowestJunction, rank[v]);
            } else {
                highestOther = Math.max(highestOther, rank[v]);
            }
        }
        assertThat(highestOther).isLessThan(lowestJunction);
        assertThat(lowestJunction).isEqualTo(rank.length - junctions);
    }

    @Test
    void aChainIsContractedFromItsEndsToItsMiddle() {
        // a path of 15 nodes between two junctions of a triangle-free core
        Graph g = new Graph();
        int a = g.node(0, 0);
        int b = g.node(0, 16);
        for (int k = 0; k < 3; k++) {
            int x = g.node(1 + k, 8);
            g.edge(a, x);
            g.edge(x, b);
        }
        int previous = a;
        for (int k = 1; k <= 15; k++) {
            int node = g.node(0, k);
            g.edge(previous, node);
            previous = node;
        }
        g.edge(previous, b);
        CchTopology t = g.topology();
        assertPermutation(g.ranks());
        // bisection: at most log2(16) + 1 chain nodes above any one of them, then the two ends
        assertThat(t.eliminationTreeDepth()).isLessThanOrEqualTo(5 + 2 + 1);
        // a chain of 15 nodes leaves its 16 edges, 14 shortcuts inside it and one edge between its ends
        assertThat(t.edgeCount()).isLessThanOrEqualTo(6 + 16 + 14 + 1);
    }

    @Test
    void treesAndRingsAloneAreOrderedToo() {
        Graph g = new Graph();
        int root = g.node(0, 0);
        for (int k = 0; k < 5; k++) {
            int child = g.node(1, k);
            g.edge(root, child);
            g.edge(child, g.node(2, k));
        }
        int first = g.node(10, 10);
        int previous = first;
        for (int k = 1; k < 9; k++) {
            int node = g.node(10 + Math.cos(k), 10 + Math.sin(k));
            g.edge(previous, node);
            previous = node;
        }
        g.edge(previous, first);
        g.node(20, 20); // alone
        int[] rank = g.ranks();
        assertPermutation(rank);
        CchTopology t = g.topology();
        // a tree needs no shortcut, a ring of 9 nodes at most one a node
        assertThat(t.edgeCount()).isLessThanOrEqualTo(10 + 9 + 9);
    }

    @Test
    void threadsGiveTheOneThreadsOrder() {
        Graph g = subdividedGrid(145, 0); // 21,021 junctions in the core: the first cuts' parts go to threads
        int[] one = NestedDissection.ranks(g.at.size(), g.column(0), g.column(1), g.coordinate(0), g.coordinate(1), 1);
        int[] two = NestedDissection.ranks(g.at.size(), g.column(0), g.column(1), g.coordinate(0), g.coordinate(1), 2);
        assertPermutation(two);
        assertThat(two).isEqualTo(one);
    }

    @Test
    void aGridIsDissectedIntoAShallowHierarchy() {
        int side = 40;
        Graph g = subdividedGrid(side, 0);
        CchTopology dissected = g.topology();
        int[] rowByRow = new int[g.at.size()];
        for (int v = 0; v < rowByRow.length; v++) {
            rowByRow[v] = v;
        }
        CchTopology naive = CchTopology.build(g.at.size(), g.column(0), g.column(1), rowByRow);
        assertThat(dissected.eliminationTreeDepth()).isLessThan(6 * side);
        assertThat(naive.eliminationTreeDepth()).isGreaterThan(side * side - 2 * side);
        assertThat(dissected.edgeCount()).isLessThan(naive.edgeCount());
    }
}
