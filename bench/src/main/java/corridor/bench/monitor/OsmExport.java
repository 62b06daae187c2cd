package corridor.bench.monitor;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.Mode;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the dataset's road and transfer links in service as a tiny OSM XML file, so that
 * GraphHopper can build its graph from exactly the geometry the Corridor engine matches against.
 * Link ends meeting at one place are joined by a short way, as the Corridor engine joins them.
 */
final class OsmExport {

    private OsmExport() {
    }

    static void write(Dataset dataset, Path file) throws IOException {
        List<Link> links = dataset.links().stream()
                .filter(l -> (l.mode() == Mode.ROAD || l.mode() == Mode.TRANSFER) && l.status().isInService()).toList();
        StringBuilder nodes = new StringBuilder();
        StringBuilder ways = new StringBuilder();
        long nextNode = 1;
        long nextWay = 1;
        Map<String, List<Long>> endsByPlace = new HashMap<>();
        for (Link link : links) {
            List<Long> ids = new ArrayList<>();
            for (GeoPoint p : link.geometry().points()) {
                nodes.append(String.format(Locale.ROOT, "  <node id=\"%d\" version=\"1\" lat=\"%.7f\" lon=\"%.7f\"/>%n",
                        nextNode, p.latitude(), p.longitude()));
                ids.add(nextNode++);
            }
            way(ways, nextWay++, ids);
            endsByPlace.computeIfAbsent(link.fromId(), k -> new ArrayList<>()).add(ids.get(0));
            endsByPlace.computeIfAbsent(link.toId(), k -> new ArrayList<>()).add(ids.get(ids.size() - 1));
        }
        for (List<Long> ends : endsByPlace.values()) {
            for (int a = 0; a < ends.size(); a++) {
                for (int b = a + 1; b < ends.size(); b++) {
                    way(ways, nextWay++, List.of(ends.get(a), ends.get(b)));
                }
            }
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<osm version=\"0.6\" generator=\"corridor\">\n");
            out.write(nodes.toString());
            out.write(ways.toString());
            out.write("</osm>\n");
        }
    }

    private static void way(StringBuilder ways, long id, List<Long> nodeIds) {
        ways.append("  <way id=\"").append(id).append("\" version=\"1\">\n");
        for (long n : nodeIds) {
            ways.append("    <nd ref=\"").append(n).append("\"/>\n");
        }
        ways.append("    <tag k=\"highway\" v=\"trunk\"/>\n  </way>\n");
    }
}
