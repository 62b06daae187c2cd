package corridor.model.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompactGraphTest {

    /** Each arc out of {@code node} as "segment[~]>head:km", "~" for one driven backwards, "-" for no segment. */
    static List<String> arcsOut(CompactGraph graph, int node) {
        List<String> out = new ArrayList<>();
        for (int a = graph.firstArc(node); a < graph.endArc(node); a++) {
            String segment = graph.segment(a) == CompactGraph.NO_SEGMENT ? "-" : String.valueOf(graph.segment(a));
            out.add(segment + (graph.backwards(a) ? "~" : "") + ">" + graph.head(a) + ":" + graph.lengthKm(a));
        }
        return out;
    }

    @Test
    void arcsAddedInAnyOrderAreGroupedByTailInTheOrderTheyCame() {
        CompactGraph graph = CompactGraph.builder(4)
                .addArc(2, 0, 1.5, 7, true)
                .addArc(0, 1, 2.0, 3, false)
                .addArc(2, 3, 0.25, CompactGraph.NO_SEGMENT, false)
                .addArc(0, 2, 4.0, 9, false)
                .addArc(1, 0, 2.0, 3, true)
                .build();
        assertThat(graph.nodeCount()).isEqualTo(4);
        assertThat(graph.arcCount()).isEqualTo(5);
        assertThat(arcsOut(graph, 0)).containsExactly("3>1:2.0", "9>2:4.0");
        assertThat(arcsOut(graph, 1)).containsExactly("3~>0:2.0");
        assertThat(arcsOut(graph, 2)).containsExactly("7~>0:1.5", "->3:0.25");
        assertThat(arcsOut(graph, 3)).isEmpty();
        assertThat(graph.endArc(3)).isEqualTo(graph.arcCount());
        assertThat(graph.arrayBytes()).isEqualTo(16 + 4 * 5 + 16 + 4 * 5 + 16 + 4 * 5 + 16 + 8 * 5);
    }

    @Test
    void aGraphWithoutArcsHasEmptyRows() {
        CompactGraph graph = CompactGraph.builder(3).build();
        assertThat(graph.arcCount()).isZero();
        for (int u = 0; u < 3; u++) {
            assertThat(graph.firstArc(u)).isEqualTo(graph.endArc(u));
        }
    }

    @Test
    void refusesNodesOutOfRangeBadLengthsAndSegments() {
        CompactGraph.Builder builder = CompactGraph.builder(2);
        assertThatThrownBy(() -> builder.addArc(0, 2, 1, 0, false)).hasMessageContaining("outside nodes 0..1");
        assertThatThrownBy(() -> builder.addArc(-1, 1, 1, 0, false)).hasMessageContaining("outside nodes");
        assertThatThrownBy(() -> builder.addArc(0, 1, -0.5, 0, false)).hasMessageContaining("length -0.5 km");
        assertThatThrownBy(() -> builder.addArc(0, 1, Double.NaN, 0, false)).hasMessageContaining("length NaN");
        assertThatThrownBy(() -> builder.addArc(0, 1, Double.POSITIVE_INFINITY, 0, false))
                .hasMessageContaining("length Infinity");
        assertThatThrownBy(() -> builder.addArc(0, 1, 1, -2, false)).hasMessageContaining("segment -2");
        assertThatThrownBy(() -> CompactGraph.builder(-1)).hasMessageContaining("negative node count");
        assertThat(builder.build().arcCount()).isZero();
    }
}
