package corridor.osm;

import org.openstreetmap.osmosis.osmbinary.Osmformat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@link RoadSegmentSource} on the PBF block parser GraphHopper itself uses (osmosis-osm-binary),
 * without GraphHopper's element checks: it reads files that hold objects with negative ids (an
 * editor's new objects saved into an extract), which GraphHopper 11.0 refuses. Two passes like
 * {@link GraphHopperSegmentSource}: the first counts how many accepted ways use each node (a node
 * used twice, or at a way's end, is a junction), the second keeps the coordinates of the nodes
 * accepted ways use and cuts the ways at junctions. Node data is kept in hash maps, so it suits
 * city and regional extracts; national files belong to {@link GraphHopperSegmentSource}.
 *
 * <p>Not thread-safe; one read at a time.
 */
public final class OsmosisSegmentSource implements RoadSegmentSource {

    @Override
    public Header read(Path file, Predicate<Map<String, Object>> wayFilter, Sink sink) {
        Map<Long, Integer> uses = new HashMap<>();
        Instant[] timestamp = new Instant[1];
        parse(file, new Pass(wayFilter) {
            @Override
            void way(long id, long[] refs, Map<String, Object> tags) {
                for (int i = 0; i < refs.length; i++) {
                    boolean end = i == 0 || i == refs.length - 1;
                    uses.merge(refs[i], end ? 2 : 1, Integer::sum);
                }
            }

            @Override
            protected void parse(Osmformat.HeaderBlock header) {
                if (header.hasOsmosisReplicationTimestamp() && header.getOsmosisReplicationTimestamp() > 0) {
                    timestamp[0] = Instant.ofEpochSecond(header.getOsmosisReplicationTimestamp());
                }
            }
        });
        Map<Long, double[]> coordinates = new HashMap<>();
        Map<Long, Integer> junctions = new HashMap<>();
        parse(file, new Pass(wayFilter) {
            @Override
            void node(long id, double lat, double lon) {
                if (uses.containsKey(id)) {
                    coordinates.put(id, new double[] {lat, lon});
                }
            }

            @Override
            void way(long id, long[] refs, Map<String, Object> tags) {
                double[] lat = new double[refs.length];
                double[] lon = new double[refs.length];
                int count = 0;
                long start = 0;
                for (long ref : refs) {
                    double[] at = coordinates.get(ref);
                    if (at == null) {
                        count = 0; // a node outside the extract: the way is cut there
                        continue;
                    }
                    lat[count] = at[0];
                    lon[count] = at[1];
                    if (count == 0) {
                        start = ref;
                    }
                    count++;
                    if (count > 1 && uses.get(ref) >= 2) {
                        int from = junction(junctions, start, lat[0], lon[0], sink);
                        int to = junction(junctions, ref, at[0], at[1], sink);
                        if (from != to || count > 2) {
                            sink.segment(from, to, lat, lon, count, id, tags);
                        }
                        lat[0] = at[0];
                        lon[0] = at[1];
                        start = ref;
                        count = 1;
                    }
                }
            }
        });
        return new Header(timestamp[0]);
    }

    private static int junction(Map<Long, Integer> junctions, long nodeId, double lat, double lon, Sink sink) {
        Integer index = junctions.get(nodeId);
        if (index == null) {
            index = junctions.size();
            junctions.put(nodeId, index);
            sink.junction(index, lat, lon);
        }
        return index;
    }

    private static void parse(Path file, Pass pass) {
        PbfPass.run(file, pass, "it");
    }

    /** One pass over the blocks: nodes and the ways the filter accepts, with their tags. */
    private abstract static class Pass extends PbfPass {
        private final Predicate<Map<String, Object>> wayFilter;

        Pass(Predicate<Map<String, Object>> wayFilter) {
            this.wayFilter = wayFilter;
        }

        abstract void way(long id, long[] refs, Map<String, Object> tags);

        @Override
        protected void parseWays(List<Osmformat.Way> ways) {
            for (Osmformat.Way w : ways) {
                Map<String, Object> tags = new LinkedHashMap<>();
                for (int i = 0; i < w.getKeysCount(); i++) {
                    tags.put(getStringById(w.getKeys(i)), getStringById(w.getVals(i)));
                }
                if (!wayFilter.test(tags)) {
                    continue;
                }
                long[] refs = new long[w.getRefsCount()];
                long ref = 0;
                for (int i = 0; i < refs.length; i++) {
                    ref += w.getRefs(i);
                    refs[i] = ref;
                }
                way(w.getId(), refs, tags);
            }
        }
    }
}
