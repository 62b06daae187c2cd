package corridor.routing.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The destination-only streets of a {@link RoutingGraph} grouped by what joins them: two such streets are in one
 * group when they meet at a node. A heavy vehicle may use a group's streets only when its route starts or ends at
 * one of the group's nodes (a delivery down a residential lane), never to pass through. Immutable; thread-safe.
 */
final class DestinationStreets {

    /** Each node's group (a union-find root), or -1 for a node on no destination-only street. */
    private final int[] groupOfNode;
    /** Each group's streets, by link index. */
    private final Map<Integer, List<Integer>> linksOfGroup = new HashMap<>();

    DestinationStreets(RoutingGraph graph) {
        int n = graph.placeCount();
        int[] parent = new int[n];
        for (int v = 0; v < n; v++) {
            parent[v] = v;
        }
        boolean[] onStreet = new boolean[n];
        for (int u = 0; u < n; u++) {
            for (int arc = graph.topology().firstArc(u), end = graph.topology().endArc(u); arc < end; arc++) {
                if (graph.isDestinationOnly(graph.topology().segment(arc))) {
                    int v = graph.topology().head(arc);
                    onStreet[u] = true;
                    onStreet[v] = true;
                    parent[find(parent, u)] = find(parent, v);
                }
            }
        }
        groupOfNode = new int[n];
        for (int v = 0; v < n; v++) {
            groupOfNode[v] = onStreet[v] ? find(parent, v) : -1;
        }
        java.util.BitSet listed = new java.util.BitSet();
        for (int u = 0; u < n; u++) {
            for (int arc = graph.topology().firstArc(u), end = graph.topology().endArc(u); arc < end; arc++) {
                int link = graph.topology().segment(arc);
                if (graph.isDestinationOnly(link) && !listed.get(link)) {
                    listed.set(link);
                    linksOfGroup.computeIfAbsent(groupOfNode[u], g -> new ArrayList<>()).add(link);
                }
            }
        }
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    /** The streets of the groups {@code nodes} lie on (none for a node on no such street). */
    List<Integer> at(int... nodes) {
        List<Integer> links = new ArrayList<>();
        List<Integer> seen = new ArrayList<>();
        for (int node : nodes) {
            int group = node >= 0 && node < groupOfNode.length ? groupOfNode[node] : -1;
            if (group >= 0 && !seen.contains(group)) {
                seen.add(group);
                links.addAll(linksOfGroup.getOrDefault(group, List.of()));
            }
        }
        return links;
    }
}
