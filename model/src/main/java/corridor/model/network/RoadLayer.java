package corridor.model.network;

import corridor.model.geo.GeoPoint;
import corridor.model.geo.Polyline;
import corridor.model.geo.SegmentGeometry;
import corridor.model.graph.CompactGraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A road network at street level, as imported from OpenStreetMap: junctions, and the road
 * segments between them (one OSM way cut at every junction), with their geometry and tags, in
 * primitive arrays so that a national network of millions of segments fits in memory (about 60
 * bytes per segment plus 8 per intermediate point; see {@link #arrayBytes()}).
 *
 * <p>Segments are directed as drawn in OSM (from {@link #from(int)} to {@link #to(int)}); a
 * segment that is not {@link #isOneWay(int) one-way} is usable both ways. The layer also holds the
 * places of the dataset it was joined to: each place within the import's bound of a junction is
 * joined to its nearest suitable junction ({@link #joinCount()}), so that routes run from the
 * corridor's places over the roads and back.
 *
 * <p>Immutable and thread-safe. The arrays handed to the constructor are owned by the layer:
 * callers must not change them afterwards.
 */
public final class RoadLayer implements SegmentGeometry {

    /** OSM highway classes the layer knows, in the order of {@link #highwayClass(int)}. */
    public static final List<String> HIGHWAY_CLASSES = List.of("motorway", "motorway_link", "trunk", "trunk_link",
            "primary", "primary_link", "secondary", "secondary_link", "tertiary", "tertiary_link", "unclassified",
            "residential", "living_street", "service", "road");

    /** Segment flag: usable only from {@link #from(int)} to {@link #to(int)}. */
    public static final int ONE_WAY = 1;
    /** Segment flag: the speed comes from the highway-class table, not from a {@code maxspeed} tag. */
    public static final int SPEED_FROM_CLASS = 2;
    /** Segment flag: goods vehicles may not use it ({@code hgv=no}, or {@code access=no} without an hgv exception). */
    public static final int NO_GOODS_VEHICLES = 4;
    /** Segment flag: goods vehicles only to reach a destination on it ({@code hgv=destination|delivery}). */
    public static final int GOODS_DESTINATION_ONLY = 8;
    /** Segment flag: part of a roundabout ({@code junction=roundabout} or {@code circular}), for directions. */
    public static final int ROUNDABOUT = 16;

    /** The layer of a dataset without street-level roads. */
    public static final RoadLayer EMPTY = new RoadLayer(new int[0], new int[0], new int[0], new int[0], new long[0],
            new float[0], new float[0], new byte[0], new byte[0], new float[0], new float[0], new int[0], new int[0],
            new String[0], new int[] {0}, new int[0], new int[0], new String[0], new int[0], new float[0], null);

    /**
     * Where the layer came from.
     *
     * @param sourceId             the id of its row in sources.csv
     * @param fileName             the OSM file's name
     * @param sha256               the SHA-256 of the OSM file, lower-case hex
     * @param replicationTimestamp the OSM replication timestamp of the file's header (ISO 8601), or
     *                             {@code null} when the header has none
     * @param attribution          the licence notice every use must show
     */
    public record Origin(String sourceId, String fileName, String sha256, String replicationTimestamp,
                         String attribution) {
        /** The attribution the Open Database License requires of OSM-derived data. */
        public static final String ODBL = "© OpenStreetMap contributors, ODbL 1.0";
    }

    private final int[] junctionLatE7;
    private final int[] junctionLonE7;
    private final int[] from;
    private final int[] to;
    private final long[] wayId;
    private final float[] lengthM;
    private final float[] speedKmh;
    private final byte[] flags;
    private final byte[] highway;
    private final float[] maxWeightTonnes;
    private final float[] maxHeightM;
    private final float[] maxLengthM;
    private final int[] ref;
    private final int[] name;
    private final String[] strings;
    private final int[] pointStart;
    private final int[] pointLatE7;
    private final int[] pointLonE7;
    private final String[] joinPlace;
    private final int[] joinJunction;
    private final float[] joinDistanceM;
    private final Origin origin;
    private final TurnRestrictions turns;
    /** Per junction, its rank in a contraction order computed from the roads alone; null when none was given. */
    private final int[] junctionRanks;

    /**
     * A layer from its arrays, without {@code maxlength} tags or turn restrictions; see
     * {@link #RoadLayer(int[], int[], int[], int[], long[], float[], float[], byte[], byte[], float[], float[],
     * float[], int[], int[], String[], int[], int[], int[], String[], int[], float[], Origin, TurnRestrictions)}.
     */
    public RoadLayer(int[] junctionLatE7, int[] junctionLonE7, int[] from, int[] to, long[] wayId, float[] lengthM,
                     float[] speedKmh, byte[] flags, byte[] highway, float[] maxWeightTonnes, float[] maxHeightM,
                     int[] ref, int[] name, String[] strings, int[] pointStart, int[] pointLatE7, int[] pointLonE7,
                     String[] joinPlace, int[] joinJunction, float[] joinDistanceM, Origin origin) {
        this(junctionLatE7, junctionLonE7, from, to, wayId, lengthM, speedKmh, flags, highway, maxWeightTonnes,
                maxHeightM, untagged(from.length), ref, name, strings, pointStart, pointLatE7, pointLonE7, joinPlace,
                joinJunction, joinDistanceM, origin, TurnRestrictions.NONE);
    }

    /**
     * A layer from its arrays; see the accessors for what each holds. {@code pointStart} has one
     * entry more than there are segments: the intermediate points of segment {@code s} are
     * {@code pointStart[s]} (inclusive) to {@code pointStart[s + 1]} (exclusive) of the point arrays.
     * {@code maxLengthM} holds each segment's {@code maxlength} in metres (NaN when untagged);
     * {@code turns} the restrictions between the segments ({@link TurnRestrictions#NONE} for none).
     *
     * @throws IllegalArgumentException when the arrays' lengths disagree, or a segment or turn restriction
     *                                  names a junction or segment that does not exist
     */
    public RoadLayer(int[] junctionLatE7, int[] junctionLonE7, int[] from, int[] to, long[] wayId, float[] lengthM,
                     float[] speedKmh, byte[] flags, byte[] highway, float[] maxWeightTonnes, float[] maxHeightM,
                     float[] maxLengthM, int[] ref, int[] name, String[] strings, int[] pointStart, int[] pointLatE7,
                     int[] pointLonE7, String[] joinPlace, int[] joinJunction, float[] joinDistanceM, Origin origin,
                     TurnRestrictions turns) {
        int n = junctionLatE7.length;
        int m = from.length;
        require(junctionLonE7.length == n, "junction arrays differ in length");
        for (Object a : new Object[] {to, wayId, lengthM, speedKmh, flags, highway, maxWeightTonnes, maxHeightM,
                maxLengthM, ref, name}) {
            require(java.lang.reflect.Array.getLength(a) == m, "segment arrays differ in length");
        }
        require(pointStart.length == m + 1 && pointStart[m] == pointLatE7.length
                && pointLonE7.length == pointLatE7.length, "point arrays differ in length");
        require(joinJunction.length == joinPlace.length && joinDistanceM.length == joinPlace.length,
                "join arrays differ in length");
        for (int s = 0; s < m; s++) {
            require(from[s] >= 0 && from[s] < n && to[s] >= 0 && to[s] < n, "segment " + s + " names a missing junction");
        }
        for (int j : joinJunction) {
            require(j >= 0 && j < n, "a join names a missing junction");
        }
        turns.check(n, m);
        this.junctionLatE7 = junctionLatE7;
        this.junctionLonE7 = junctionLonE7;
        this.from = from;
        this.to = to;
        this.wayId = wayId;
        this.lengthM = lengthM;
        this.speedKmh = speedKmh;
        this.flags = flags;
        this.highway = highway;
        this.maxWeightTonnes = maxWeightTonnes;
        this.maxHeightM = maxHeightM;
        this.maxLengthM = maxLengthM;
        this.ref = ref;
        this.name = name;
        this.strings = strings;
        this.pointStart = pointStart;
        this.pointLatE7 = pointLatE7;
        this.pointLonE7 = pointLonE7;
        this.joinPlace = joinPlace;
        this.joinJunction = joinJunction;
        this.joinDistanceM = joinDistanceM;
        this.origin = origin;
        this.turns = turns;
        this.junctionRanks = null;
    }

    /** {@code base} with {@code junctionRanks} (checked by {@link #withJunctionRanks}, or null). */
    private RoadLayer(RoadLayer base, int[] junctionRanks) {
        this.junctionLatE7 = base.junctionLatE7;
        this.junctionLonE7 = base.junctionLonE7;
        this.from = base.from;
        this.to = base.to;
        this.wayId = base.wayId;
        this.lengthM = base.lengthM;
        this.speedKmh = base.speedKmh;
        this.flags = base.flags;
        this.highway = base.highway;
        this.maxWeightTonnes = base.maxWeightTonnes;
        this.maxHeightM = base.maxHeightM;
        this.maxLengthM = base.maxLengthM;
        this.ref = base.ref;
        this.name = base.name;
        this.strings = base.strings;
        this.pointStart = base.pointStart;
        this.pointLatE7 = base.pointLatE7;
        this.pointLonE7 = base.pointLonE7;
        this.joinPlace = base.joinPlace;
        this.joinJunction = base.joinJunction;
        this.joinDistanceM = base.joinDistanceM;
        this.origin = base.origin;
        this.turns = base.turns;
        this.junctionRanks = junctionRanks;
    }

    /** A value per segment, all NaN: no segment tagged (for layers written before a tag was read). */
    public static float[] untagged(int segments) {
        float[] values = new float[segments];
        Arrays.fill(values, Float.NaN);
        return values;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    public boolean isEmpty() {
        return from.length == 0;
    }

    public int junctionCount() {
        return junctionLatE7.length;
    }

    @Override
    public int segmentCount() {
        return from.length;
    }

    /** Latitude of a junction, in degrees. */
    public double junctionLat(int junction) {
        return junctionLatE7[junction] * 1e-7;
    }

    /** Longitude of a junction, in degrees. */
    public double junctionLon(int junction) {
        return junctionLonE7[junction] * 1e-7;
    }

    public int from(int segment) {
        return from[segment];
    }

    public int to(int segment) {
        return to[segment];
    }

    /** The OSM way the segment is part of. */
    public long wayId(int segment) {
        return wayId[segment];
    }

    /** Length along the geometry, in metres. */
    public double lengthM(int segment) {
        return lengthM[segment];
    }

    /** Speed in km/h: the tagged {@code maxspeed:hgv} or {@code maxspeed}, else the class table's. */
    public double speedKmh(int segment) {
        return speedKmh[segment];
    }

    public int flags(int segment) {
        return flags[segment];
    }

    public boolean isOneWay(int segment) {
        return (flags[segment] & ONE_WAY) != 0;
    }

    /** Whether the segment is part of a roundabout (layers imported before the flag existed have none). */
    public boolean isRoundabout(int segment) {
        return (flags[segment] & ROUNDABOUT) != 0;
    }

    /**
     * Whether goods vehicles may use the segment only to reach a destination on it ({@code hgv=destination},
     * {@code access=destination} and the like): no through traffic.
     */
    public boolean isGoodsDestinationOnly(int segment) {
        return (flags[segment] & GOODS_DESTINATION_ONLY) != 0;
    }

    /** Whether goods vehicles may use the segment at all. */
    public boolean allowsGoodsVehicles(int segment) {
        return (flags[segment] & NO_GOODS_VEHICLES) == 0;
    }

    /** Index into {@link #HIGHWAY_CLASSES}. */
    public int highwayClass(int segment) {
        return highway[segment];
    }

    /** The tagged {@code maxweight}, in tonnes, or {@code null} when untagged. */
    public Double maxWeightTonnes(int segment) {
        return tagged(maxWeightTonnes[segment]);
    }

    /** The tagged {@code maxheight}, in metres, or {@code null} when untagged. */
    public Double maxHeightM(int segment) {
        return tagged(maxHeightM[segment]);
    }

    /** The tagged {@code maxlength}, in metres, or {@code null} when untagged (or imported before it was read). */
    public Double maxLengthM(int segment) {
        return tagged(maxLengthM[segment]);
    }

    /** The tagged {@code maxlength} of every segment, NaN where untagged, for writers (not to be changed). */
    public float[] maxLengths() {
        return maxLengthM;
    }

    /** A tag's value kept as a float, as the tag wrote it (4.3, not 4.300000190734863), or null for NaN. */
    private static Double tagged(float value) {
        return Float.isNaN(value) ? null : Double.valueOf(Float.toString(value));
    }

    /** The way's {@code ref} (e.g. "N-5"), or empty. */
    public String ref(int segment) {
        return ref[segment] < 0 ? "" : strings[ref[segment]];
    }

    /** The way's {@code name}, or empty. */
    public String name(int segment) {
        return name[segment] < 0 ? "" : strings[name[segment]];
    }

    /** The number of points of a segment's geometry, its two junctions included. */
    @Override
    public int pointCount(int segment) {
        return pointStart[segment + 1] - pointStart[segment] + 2;
    }

    /** Latitude of point {@code k} of a segment's geometry (0 is its from-junction), in degrees. */
    @Override
    public double pointLat(int segment, int k) {
        int inner = pointStart[segment + 1] - pointStart[segment];
        if (k == 0) {
            return junctionLat(from[segment]);
        }
        return k == inner + 1 ? junctionLat(to[segment]) : pointLatE7[pointStart[segment] + k - 1] * 1e-7;
    }

    /** Longitude of point {@code k} of a segment's geometry (0 is its from-junction), in degrees. */
    @Override
    public double pointLon(int segment, int k) {
        int inner = pointStart[segment + 1] - pointStart[segment];
        if (k == 0) {
            return junctionLon(from[segment]);
        }
        return k == inner + 1 ? junctionLon(to[segment]) : pointLonE7[pointStart[segment] + k - 1] * 1e-7;
    }

    /**
     * The ways out of each junction as a {@link CompactGraph} over the junctions: an arc for every segment
     * driven from its from-junction, and from its to-junction backwards unless it is one-way, junction by
     * junction in segment order; arc lengths from {@code lengthKm} (km per segment: this layer's
     * {@link #lengthM} in km, or a matcher's lengths along the geometry). What the searches over the streets
     * walk: routing's turn-by-turn directions and map matching. About 16 bytes an arc.
     */
    public CompactGraph junctionGraph(java.util.function.IntToDoubleFunction lengthKm) {
        CompactGraph.Builder graph = CompactGraph.builder(junctionCount());
        for (int s = 0; s < segmentCount(); s++) {
            double km = lengthKm.applyAsDouble(s);
            graph.addArc(from[s], to[s], km, s, false);
            if (!isOneWay(s)) {
                graph.addArc(to[s], from[s], km, s, true);
            }
        }
        return graph.build();
    }

    /** A segment's geometry, from its from-junction to its to-junction. */
    public Polyline geometry(int segment) {
        int count = pointCount(segment);
        List<GeoPoint> points = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            points.add(new GeoPoint(pointLat(segment, k), pointLon(segment, k)));
        }
        return new Polyline(points);
    }

    /** How many of the dataset's places are joined to a junction. */
    public int joinCount() {
        return joinPlace.length;
    }

    public String joinPlace(int join) {
        return joinPlace[join];
    }

    public int joinJunction(int join) {
        return joinJunction[join];
    }

    /** Great-circle distance from the place to its junction, in metres. */
    public double joinDistanceM(int join) {
        return joinDistanceM[join];
    }

    /** Where the layer came from, or {@code null} for {@link #EMPTY}. */
    public Origin origin() {
        return origin;
    }

    /** The turn restrictions between the layer's segments ({@link TurnRestrictions#NONE} when it has none). */
    public TurnRestrictions turnRestrictions() {
        return turns;
    }

    /** The same roads joined to other places (as a re-join for another dataset's places makes); the junction ranks kept. */
    public RoadLayer withJoins(String[] places, int[] junctions, float[] distancesM) {
        return new RoadLayer(new RoadLayer(junctionLatE7, junctionLonE7, from, to, wayId, lengthM, speedKmh, flags,
                highway, maxWeightTonnes, maxHeightM, maxLengthM, ref, name, strings, pointStart, pointLatE7, pointLonE7,
                places, junctions, distancesM, origin, turns), junctionRanks);
    }

    /**
     * The same roads with a contraction order of their junctions: {@code ranks[j]} is junction j's rank, 0
     * (contracted first) to {@code junctionCount() - 1}. The order depends on the junctions' positions and the
     * segments between them alone (not on joins, tags or turn restrictions), so any such order is valid for
     * these roads; a routing hierarchy built on them uses it instead of computing one. The array is owned by the
     * layer from now on.
     *
     * @throws IllegalArgumentException when {@code ranks} is not a permutation of 0..junctionCount()-1
     */
    public RoadLayer withJunctionRanks(int[] ranks) {
        require(ranks.length == junctionCount(), "junction ranks: " + ranks.length + " for " + junctionCount()
                + " junctions");
        boolean[] seen = new boolean[ranks.length];
        for (int r : ranks) {
            require(r >= 0 && r < ranks.length && !seen[r], "junction ranks are not a permutation");
            seen[r] = true;
        }
        return new RoadLayer(this, ranks);
    }

    /**
     * The junctions' contraction order ({@link #withJunctionRanks}), a copy; null when none was given (the
     * routing hierarchy then computes one).
     */
    public int[] junctionRanks() {
        return junctionRanks == null ? null : junctionRanks.clone();
    }

    /**
     * The same roads with other turn restrictions.
     *
     * @throws IllegalArgumentException when a restriction names a segment or junction the layer does not have
     */
    public RoadLayer withTurnRestrictions(TurnRestrictions restrictions) {
        return new RoadLayer(new RoadLayer(junctionLatE7, junctionLonE7, from, to, wayId, lengthM, speedKmh, flags,
                highway, maxWeightTonnes, maxHeightM, maxLengthM, ref, name, strings, pointStart, pointLatE7,
                pointLonE7, joinPlace, joinJunction, joinDistanceM, origin, restrictions), junctionRanks);
    }

    /** Raw arrays, for writers: index order as in the constructor (turn restrictions apart: {@link TurnRestrictions#arrays()}). */
    public Object[] arrays() {
        return new Object[] {junctionLatE7, junctionLonE7, from, to, wayId, lengthM, speedKmh, flags, highway,
                maxWeightTonnes, maxHeightM, ref, name, strings, pointStart, pointLatE7, pointLonE7, joinPlace,
                joinJunction, joinDistanceM};
    }

    /** Bytes of heap the arrays take (16 per array header), strings of the table not counted. */
    public long arrayBytes() {
        long bytes = 0;
        for (Object a : arrays()) {
            if (a instanceof String[] s) {
                bytes += 16 + 4L * s.length;
            } else {
                int length = java.lang.reflect.Array.getLength(a);
                int width = a instanceof long[] ? 8 : a instanceof byte[] ? 1 : 4;
                bytes += 16 + (long) width * length;
            }
        }
        return bytes + 16 + 4L * maxLengthM.length + (turns.count() == 0 ? 0 : turns.arrayBytes());
    }

    /**
     * Collects a layer segment by segment. Not thread-safe.
     */
    public static final class Builder {
        private int[] jLat = new int[1024];
        private int[] jLon = new int[1024];
        private int junctions;
        private int[] sFrom = new int[1024];
        private int[] sTo = new int[1024];
        private long[] sWay = new long[1024];
        private float[] sLength = new float[1024];
        private float[] sSpeed = new float[1024];
        private byte[] sFlags = new byte[1024];
        private byte[] sHighway = new byte[1024];
        private float[] sWeight = new float[1024];
        private float[] sHeight = new float[1024];
        private float[] sMaxLength = new float[1024];
        private int[] sRef = new int[1024];
        private int[] sName = new int[1024];
        private int segments;
        private int[] pStart = new int[1025];
        private int[] pLat = new int[4096];
        private int[] pLon = new int[4096];
        private int points;
        private final Map<String, Integer> stringIndex = new HashMap<>();
        private final List<String> strings = new ArrayList<>();

        /** Adds a junction; returns its index. */
        public int junction(double lat, double lon) {
            if (junctions == jLat.length) {
                jLat = Arrays.copyOf(jLat, junctions * 2);
                jLon = Arrays.copyOf(jLon, junctions * 2);
            }
            jLat[junctions] = e7(lat);
            jLon[junctions] = e7(lon);
            return junctions++;
        }

        /** Sets a junction's location (for readers that learn it after its index). */
        public void setJunction(int junction, double lat, double lon) {
            while (junction >= junctions) {
                junction(0, 0);
            }
            jLat[junction] = e7(lat);
            jLon[junction] = e7(lon);
        }

        public int junctionCount() {
            return junctions;
        }

        public int segmentCount() {
            return segments;
        }

        /**
         * Adds a segment; {@code innerLat}/{@code innerLon} are its intermediate points (the two
         * junctions excluded), {@code innerCount} of them.
         *
         * @param maxWeightTonnes NaN when untagged
         * @param maxHeightM      NaN when untagged
         * @param ref             empty or null when untagged
         * @param name            empty or null when untagged
         */
        public void segment(int fromJunction, int toJunction, long way, double lengthM, double speedKmh, int flags,
                            int highwayClass, float maxWeightTonnes, float maxHeightM, String ref, String name,
                            double[] innerLat, double[] innerLon, int innerCount) {
            if (segments == sFrom.length) {
                int c = segments * 2;
                sFrom = Arrays.copyOf(sFrom, c);
                sTo = Arrays.copyOf(sTo, c);
                sWay = Arrays.copyOf(sWay, c);
                sLength = Arrays.copyOf(sLength, c);
                sSpeed = Arrays.copyOf(sSpeed, c);
                sFlags = Arrays.copyOf(sFlags, c);
                sHighway = Arrays.copyOf(sHighway, c);
                sWeight = Arrays.copyOf(sWeight, c);
                sHeight = Arrays.copyOf(sHeight, c);
                sMaxLength = Arrays.copyOf(sMaxLength, c);
                sRef = Arrays.copyOf(sRef, c);
                sName = Arrays.copyOf(sName, c);
                pStart = Arrays.copyOf(pStart, c + 1);
            }
            sFrom[segments] = fromJunction;
            sTo[segments] = toJunction;
            sWay[segments] = way;
            sLength[segments] = (float) lengthM;
            sSpeed[segments] = (float) speedKmh;
            sFlags[segments] = (byte) flags;
            sHighway[segments] = (byte) highwayClass;
            sWeight[segments] = maxWeightTonnes;
            sHeight[segments] = maxHeightM;
            sMaxLength[segments] = Float.NaN;
            sRef[segments] = intern(ref);
            sName[segments] = intern(name);
            while (points + innerCount > pLat.length) {
                pLat = Arrays.copyOf(pLat, pLat.length * 2);
                pLon = Arrays.copyOf(pLon, pLon.length * 2);
            }
            for (int k = 0; k < innerCount; k++) {
                pLat[points] = e7(innerLat[k]);
                pLon[points] = e7(innerLon[k]);
                points++;
            }
            segments++;
            pStart[segments] = points;
        }

        /** Sets the tagged {@code maxlength} of a segment already added, in metres (NaN: untagged). */
        public void setMaxLengthM(int segment, float maxLengthM) {
            if (segment < 0 || segment >= segments) {
                throw new IndexOutOfBoundsException("no segment " + segment);
            }
            sMaxLength[segment] = maxLengthM;
        }

        private int intern(String text) {
            if (text == null || text.isEmpty()) {
                return -1;
            }
            return stringIndex.computeIfAbsent(text, t -> {
                strings.add(t);
                return strings.size() - 1;
            });
        }

        /** The layer, without joins. */
        public RoadLayer build(Origin origin) {
            return new RoadLayer(Arrays.copyOf(jLat, junctions), Arrays.copyOf(jLon, junctions),
                    Arrays.copyOf(sFrom, segments), Arrays.copyOf(sTo, segments), Arrays.copyOf(sWay, segments),
                    Arrays.copyOf(sLength, segments), Arrays.copyOf(sSpeed, segments), Arrays.copyOf(sFlags, segments),
                    Arrays.copyOf(sHighway, segments), Arrays.copyOf(sWeight, segments),
                    Arrays.copyOf(sHeight, segments), Arrays.copyOf(sMaxLength, segments), Arrays.copyOf(sRef, segments),
                    Arrays.copyOf(sName, segments), strings.toArray(new String[0]), Arrays.copyOf(pStart, segments + 1),
                    Arrays.copyOf(pLat, points), Arrays.copyOf(pLon, points), new String[0], new int[0], new float[0],
                    origin, TurnRestrictions.NONE);
        }

        private static int e7(double degrees) {
            return (int) Math.round(degrees * 1e7);
        }
    }
}
