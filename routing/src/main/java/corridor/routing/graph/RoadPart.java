package corridor.routing.graph;

import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.network.Place;
import corridor.model.network.PlaceKind;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;
import corridor.model.network.RoadLayer;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a {@link RoutingGraph} holds the street-level roads of a dataset's {@link RoadLayer}.
 *
 * <p>Nodes: the dataset's places first, then one node per junction of the layer, except that a
 * junction a place is joined to <em>is</em> that place's node. So a road route passes the place
 * (and pays a border crossing's time there), and the place's corridor links start where its roads
 * do. When several places are joined to one junction, the nearest takes it and the others reach it
 * by a connector link (mode road, great-circle length).
 *
 * <p>Links: the corridor's links, then the connectors, then one link per road segment (index
 * {@link #roadBase()} + segment). Records of junctions and segments are made only when asked for
 * (by a route's explanation), so the graph holds a national network in its arrays; the places of the
 * junctions asked for lately are kept.
 *
 * <p>Immutable (but for that cache); thread-safe.
 */
final class RoadPart {

    static final String JUNCTION_PREFIX = "osm-j";
    static final String SEGMENT_PREFIX = "osm-s";

    private final RoadLayer layer;
    private final int placeCount;
    private final int[] junctionNode;
    private final int[] nodeJunction;
    private final List<Link> connectors;
    private final int roadBase;
    private final Provenance provenance;
    /** Junction places made lately ({@link #junctionPlace}): not one a junction, which would hold millions. */
    private final BoundedCache<Integer, Place> junctionPlaces = new BoundedCache<>(JUNCTION_PLACES_KEPT);
    /** About 2 MB of places: the junctions of many routes. */
    private static final int JUNCTION_PLACES_KEPT = 10_000;
    /** The segments tagged with {@code maxweight}, {@code maxheight} or {@code maxlength}, which may keep a vehicle off. */
    private final int[] limitedSegments;
    /** The segments goods vehicles may use only to reach a destination on them. */
    private final int[] destinationOnlySegments;

    private RoadPart(RoadLayer layer, int placeCount, int[] junctionNode, int[] nodeJunction, List<Link> connectors,
                     int roadBase) {
        this.layer = layer;
        this.placeCount = placeCount;
        this.junctionNode = junctionNode;
        this.nodeJunction = nodeJunction;
        this.connectors = connectors;
        this.roadBase = roadBase;
        this.provenance = layer.origin() == null ? new Provenance(List.of(), corridor.model.source.Confidence.REPORTED, "")
                : new Provenance(List.of(layer.origin().sourceId()), corridor.model.source.Confidence.REPORTED,
                layer.origin().attribution());
        this.limitedSegments = java.util.stream.IntStream.range(0, layer.segmentCount())
                .filter(s -> layer.maxWeightTonnes(s) != null || layer.maxHeightM(s) != null
                        || layer.maxLengthM(s) != null).toArray();
        this.destinationOnlySegments = java.util.stream.IntStream.range(0, layer.segmentCount())
                .filter(layer::isGoodsDestinationOnly).toArray();
    }

    /** Whether {@code link} is a segment goods vehicles may use only to reach a destination on it. */
    boolean isDestinationOnly(int link) {
        return link >= roadBase && layer.isGoodsDestinationOnly(link - roadBase);
    }

    /** Whether any segment is for goods vehicles' access only. */
    boolean hasDestinationOnly() {
        return destinationOnlySegments.length > 0;
    }

    /**
     * Sets in {@code blocked} the segments whose {@code maxweight}, {@code maxheight} or {@code maxlength} tag
     * {@code vehicle} is over, with the reason in {@code reasons}; a vehicle figure that is unknown
     * keeps it on.
     */
    void blockByTags(corridor.model.vehicle.Vehicle vehicle, java.util.BitSet blocked,
                     java.util.Map<Integer, corridor.model.vehicle.AccessExclusion> reasons) {
        if (vehicle.vehicleClass() == corridor.model.vehicle.VehicleClass.HEAVY_TRANSPORT) {
            // no through traffic: the router opens the streets of a route's own ends again (RoutingGraph#destinationStreets)
            for (int segment : destinationOnlySegments) {
                int link = roadBase + segment;
                if (!blocked.get(link)) {
                    blocked.set(link);
                    reasons.put(link, new corridor.model.vehicle.AccessExclusion("osm:destination (way "
                            + layer.wayId(segment) + ")", SEGMENT_PREFIX + segment, segmentName(segment),
                            "goods vehicles only to reach a destination on it, no through traffic",
                            provenance.sourceIds(), false));
                }
            }
        }
        if (vehicle.grossWeightTonnes() == null && vehicle.heightM() == null && vehicle.lengthM() == null) {
            return;
        }
        for (int segment : limitedSegments) {
            corridor.model.vehicle.RoadSegmentAccess.Restriction restriction =
                    corridor.model.vehicle.RoadSegmentAccess.limits(layer, segment, vehicle);
            if (restriction != null) {
                int link = roadBase + segment;
                blocked.set(link);
                reasons.put(link, new corridor.model.vehicle.AccessExclusion(restriction.tag() + " (way "
                        + layer.wayId(segment) + ")", SEGMENT_PREFIX + segment, segmentName(segment),
                        restriction.reason(), provenance.sourceIds(), false));
            }
        }
    }


    /** A segment's road in a few words: its name, else its ref, else "unnamed road". */
    String segmentName(int segment) {
        String name = layer.name(segment).isEmpty() ? layer.ref(segment) : layer.name(segment);
        return name.isEmpty() ? "unnamed road" : name;
    }

    /** The sources of the layer (its extract's row in sources.csv). */
    List<String> sourceIds() {
        return provenance.sourceIds();
    }

    static RoadPart of(RoadLayer layer, List<Place> places, IdIndex placeIndex, int corridorLinks) {
        int junctions = layer.junctionCount();
        int[] junctionNode = new int[junctions];
        Arrays.fill(junctionNode, -1);
        // nearest place first, so that it takes the junction
        Integer[] order = new Integer[layer.joinCount()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, (a, b) -> Double.compare(layer.joinDistanceM(a), layer.joinDistanceM(b)));
        List<int[]> shared = new ArrayList<>();
        for (int j : order) {
            int place = placeIndex.indexOf(layer.joinPlace(j));
            if (place < 0) {
                continue; // the dataset reader reports it
            }
            int junction = layer.joinJunction(j);
            if (junctionNode[junction] < 0) {
                junctionNode[junction] = place;
            } else {
                shared.add(new int[] {place, junction});
            }
        }
        int own = 0;
        for (int node : junctionNode) {
            own += node < 0 ? 1 : 0;
        }
        int[] nodeJunction = new int[own];
        int next = places.size();
        for (int j = 0; j < junctions; j++) {
            if (junctionNode[j] < 0) {
                nodeJunction[next - places.size()] = j;
                junctionNode[j] = next++;
            }
        }
        List<Link> connectors = new ArrayList<>();
        RoadPart part = new RoadPart(layer, places.size(), junctionNode, nodeJunction, connectors,
                corridorLinks + shared.size());
        for (int[] pair : shared) {
            Place from = places.get(pair[0]);
            Place to = places.get(junctionNode[pair[1]]);
            connectors.add(new Link("osm-join-" + from.id(), from.name() + " – " + to.name() + " (join to OSM roads)",
                    Mode.ROAD, from.id(), to.id(), null, null, null, null, null, LinkStatus.EXISTING, "", List.of(),
                    Polyline.of(from.location(), to.location()), part.provenance));
        }
        return part;
    }

    RoadLayer layer() {
        return layer;
    }

    /** Index of the first road-segment link. */
    int roadBase() {
        return roadBase;
    }

    /** Whether freight may use link {@code link}: corridor links and connectors always, segments unless hgv=no. */
    boolean usable(int link) {
        return link < roadBase || layer.allowsGoodsVehicles(link - roadBase);
    }

    /** Whether {@code node} is a junction of the OSM roads rather than a place of the dataset. */
    boolean isJunctionNode(int node) {
        return node >= placeCount;
    }

    int nodeOfJunction(int junction) {
        return junctionNode[junction];
    }

    double junctionLat(int node) {
        return layer.junctionLat(nodeJunction[node - placeCount]);
    }

    double junctionLon(int node) {
        return layer.junctionLon(nodeJunction[node - placeCount]);
    }

    /** The node of {@code osm-j<index>}, or -1. */
    int nodeOfJunctionId(String id) {
        int junction = suffix(id, JUNCTION_PREFIX, layer.junctionCount());
        return junction < 0 ? -1 : junctionNode[junction];
    }

    /** The link of {@code osm-s<index>}, or -1. */
    int linkOfSegmentId(String id) {
        int segment = suffix(id, SEGMENT_PREFIX, layer.segmentCount());
        return segment < 0 ? -1 : roadBase + segment;
    }

    /** The segment index of {@code osm-s<index>}, whatever the layer, or -1. */
    static int segmentOfId(String id) {
        return suffix(id, SEGMENT_PREFIX, Integer.MAX_VALUE);
    }

    /** The junction index of {@code osm-j<index>}, whatever the layer, or -1. */
    static int junctionOfId(String id) {
        return suffix(id, JUNCTION_PREFIX, Integer.MAX_VALUE);
    }

    private static int suffix(String id, String prefix, int bound) {
        if (id == null || !id.startsWith(prefix) || id.length() == prefix.length() || id.length() > prefix.length() + 9) {
            return -1;
        }
        int value = 0;
        for (int i = prefix.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value < bound ? value : -1;
    }

    /** The dataset's places, then a record made on demand for each junction node. */
    List<Place> places(List<Place> datasetPlaces) {
        if (nodeJunction.length == 0) {
            return datasetPlaces;
        }
        return new AbstractList<>() {
            @Override
            public Place get(int index) {
                return index < placeCount ? datasetPlaces.get(index) : junctionPlace(nodeJunction[index - placeCount]);
            }

            @Override
            public int size() {
                return placeCount + nodeJunction.length;
            }
        };
    }

    /**
     * The place of a junction, made once while it is asked often: a route's legs ask for each junction they
     * pass (twice: the end of one leg, the start of the next), and a route request's JSON again.
     */
    private Place junctionPlace(int junction) {
        return junctionPlaces.get(junction, this::newJunctionPlace);
    }

    private Place newJunctionPlace(int junction) {
        GeoPoint at = new GeoPoint(layer.junctionLat(junction), layer.junctionLon(junction));
        String name = String.format(Locale.ROOT, "junction at %.5f, %.5f", at.latitude(), at.longitude());
        return new Place(JUNCTION_PREFIX + junction, name, List.of(), PlaceKind.ROAD_JUNCTION, at, "", "", null, null,
                provenance);
    }

    /** The corridor's links and connectors, then a record made on demand for each road segment. */
    List<Link> links(List<Link> corridorLinks, List<Place> places) {
        if (layer.isEmpty() && connectors.isEmpty()) {
            return corridorLinks;
        }
        int corridor = corridorLinks.size();
        int segments = layer.segmentCount();
        return new AbstractList<>() {
            @Override
            public Link get(int index) {
                if (index < corridor) {
                    return corridorLinks.get(index);
                }
                if (index < roadBase) {
                    return connectors.get(index - corridor);
                }
                return segmentLink(index - roadBase, places);
            }

            @Override
            public int size() {
                return roadBase + segments;
            }
        };
    }

    private Link segmentLink(int segment, List<Place> places) {
        String name = layer.name(segment);
        String ref = layer.ref(segment);
        String label = name.isEmpty() ? (ref.isEmpty() ? "OSM way " + layer.wayId(segment) : ref)
                : (ref.isEmpty() ? name : name + " (" + ref + ")");
        String from = places.get(junctionNode[layer.from(segment)]).id();
        String to = places.get(junctionNode[layer.to(segment)]).id();
        return new Link(SEGMENT_PREFIX + segment, label, Mode.ROAD, from, to, layer.lengthM(segment) / 1000,
                layer.speedKmh(segment), null, null, null, LinkStatus.EXISTING, "", List.of(), layer.geometry(segment),
                provenance);
    }

    long arrayBytes() {
        return layer.isEmpty() ? 0 : layer.arrayBytes() + 16 + 4L * junctionNode.length + 16 + 4L * nodeJunction.length;
    }
}
