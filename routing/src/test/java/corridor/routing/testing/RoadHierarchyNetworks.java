package corridor.routing.testing;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.RoadLayer;
import corridor.model.record.Incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated road networks shaped like a country's rather than a uniform grid: a grid of towns
 * about 12 km apart, each a jittered street grid about 120 m apart of its own size (most towns
 * small, a few cities up to {@code largestTownSide} streets a side; residential streets at 30–45
 * km/h, some missing, one in ten one-way, every eighth a tertiary road, the middle ones
 * secondary; cul-de-sacs), linked to their neighbours by primary roads (and some diagonal
 * secondary ones) with a junction every 1.5 km and dead-end side roads, and crossed every sixth
 * row and column of towns by a motorway (two one-way carriageways, a node every 3 km, a link to
 * each town it passes and to each motorway it crosses). Streets and roads are cut into degree-2
 * chains as OSM's ways are (a junction where a way is split without a side road). Deterministic
 * for a seed.
 *
 * <p>Used by the randomized hierarchy tests (small instances) and by the bench's {@code CchScale}
 * (about 5.2 million segments with 50 towns a side and cities of 56 streets).
 */
public final class RoadHierarchyNetworks {

    /** Degrees of latitude between town centres (about 12 km). */
    private static final double TOWN_SPACING_DEG = 0.11;
    /** Degrees of latitude between streets (about 120 m). */
    private static final double STREET_SPACING_DEG = 0.0011;
    /** Degrees of longitude per degree of latitude of the same length near 30° N. */
    private static final double LON_STRETCH = 1.15;
    private static final double HIGHWAY_NODE_KM = 1.5;
    private static final double MOTORWAY_NODE_KM = 3;
    private static final int MOTORWAY_EVERY = 6;
    private static final int SMALLEST_TOWN_SIDE = 4;

    private RoadHierarchyNetworks() {
    }

    /**
     * A dataset holding only the generated roads, road defaults and one incident per town (so that
     * risk weightings differ from time).
     */
    public static Dataset dataset(int townsPerSide, int largestTownSide, long seed) {
        return dataset(townsPerSide, largestTownSide, seed, townsPerSide * townsPerSide);
    }

    /** As {@link #dataset(int, int, long)} with {@code incidentCount} incidents at random junctions. */
    public static Dataset dataset(int townsPerSide, int largestTownSide, long seed, int incidentCount) {
        RoadLayer roads = layer(townsPerSide, largestTownSide, seed);
        Random random = new Random(seed ^ 0x5DEECE66DL);
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < incidentCount; i++) {
            int j = random.nextInt(roads.junctionCount());
            incidents.add(new Incident("incident-" + i, Net.REFERENCE, "generated",
                    new GeoPoint(roads.junctionLat(j), roads.junctionLon(j)), random.nextInt(4), random.nextInt(6), "test",
                    "", Net.P));
        }
        Map<Mode, ModeDefaults> defaults = Map.of(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.08, 2024, 0.09, Net.P));
        return new Dataset("generated-road-hierarchy", List.of(), defaults, List.of(), List.of(), List.of(), List.of(),
                incidents, List.of(), roads);
    }

    /**
     * The road layer of {@code townsPerSide × townsPerSide} towns whose sides are drawn between 4 and
     * {@code largestTownSide} streets (the square of a uniform draw: most towns small).
     *
     * @throws IllegalArgumentException when {@code townsPerSide < 1} or {@code largestTownSide < 4}
     */
    public static RoadLayer layer(int townsPerSide, int largestTownSide, long seed) {
        if (townsPerSide < 1 || largestTownSide < SMALLEST_TOWN_SIDE) {
            throw new IllegalArgumentException("at least one town a side and towns of at least 4 streets a side");
        }
        return new Generator(seed).build(townsPerSide, largestTownSide);
    }

    /** The generation's state: the builder and the junctions' coordinates, which it does not give back. */
    private static final class Generator {

        private final Random random;
        private final RoadLayer.Builder builder = new RoadLayer.Builder();
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private long way = 1;
        private final double[] innerLat = new double[2];
        private final double[] innerLon = new double[2];

        Generator(long seed) {
            random = new Random(seed);
        }

        /** A town's connectors: the middle junction of each side and the centre. */
        private record Town(int north, int south, int east, int west, int centre) {
        }

        RoadLayer build(int townsPerSide, int largestTownSide) {
            Town[][] towns = new Town[townsPerSide][townsPerSide];
            for (int r = 0; r < townsPerSide; r++) {
                for (int c = 0; c < townsPerSide; c++) {
                    double u = random.nextDouble();
                    int side = SMALLEST_TOWN_SIDE + (int) ((largestTownSide - SMALLEST_TOWN_SIDE) * u * u);
                    towns[r][c] = town(30 + r * TOWN_SPACING_DEG + jitter(0.02),
                            66 + c * TOWN_SPACING_DEG * LON_STRETCH + jitter(0.02), side);
                }
            }
            for (int r = 0; r < townsPerSide; r++) {
                for (int c = 0; c < townsPerSide; c++) {
                    if (c + 1 < townsPerSide && random.nextInt(100) >= 8) {
                        road(towns[r][c].east(), towns[r][c + 1].west(), "primary", 65, HIGHWAY_NODE_KM, true);
                    }
                    if (r + 1 < townsPerSide && random.nextInt(100) >= 8) {
                        road(towns[r][c].north(), towns[r + 1][c].south(), "primary", 65, HIGHWAY_NODE_KM, true);
                    }
                    if (r + 1 < townsPerSide && c + 1 < townsPerSide && random.nextInt(100) < 15) {
                        road(towns[r][c].east(), towns[r + 1][c + 1].south(), "secondary", 60, HIGHWAY_NODE_KM, true);
                    }
                }
            }
            motorways(towns);
            return builder.build(new RoadLayer.Origin("generated road hierarchy", "generated", "", null,
                    RoadLayer.Origin.ODBL));
        }

        private double jitter(double amplitude) {
            return (random.nextDouble() - 0.5) * 2 * amplitude;
        }

        private int junction(double la, double lo) {
            int j = builder.junction(la, lo);
            if (j == lat.length) {
                lat = Arrays.copyOf(lat, j * 2);
                lon = Arrays.copyOf(lon, j * 2);
            }
            lat[j] = la;
            lon[j] = lo;
            return j;
        }

        /** One town's street grid of {@code side × side} junctions around a centre. */
        private Town town(double centreLat, double centreLon, int side) {
            int[][] at = new int[side][side];
            int mid = side / 2;
            for (int i = 0; i < side; i++) {
                for (int j = 0; j < side; j++) {
                    at[i][j] = junction(centreLat + (i - mid + jitter(0.25)) * STREET_SPACING_DEG,
                            centreLon + (j - mid + jitter(0.25)) * STREET_SPACING_DEG * LON_STRETCH);
                }
            }
            for (int i = 0; i < side; i++) {
                for (int j = 0; j < side; j++) {
                    if (j + 1 < side) {
                        street(at[i][j], at[i][j + 1], i == mid, i % 8 == mid % 8);
                    }
                    if (i + 1 < side) {
                        street(at[i][j], at[i + 1][j], j == mid, j % 8 == mid % 8);
                    }
                    if (random.nextInt(100) < 8) {
                        culDeSac(at[i][j]);
                    }
                }
            }
            return new Town(at[side - 1][mid], at[0][mid], at[mid][side - 1], at[mid][0], at[mid][mid]);
        }

        /** A street between neighbouring junctions of a town: secondary, tertiary or residential. */
        private void street(int a, int b, boolean secondary, boolean tertiary) {
            if (secondary) {
                chain(a, b, "secondary", 60, 0, random.nextInt(2), 0);
            } else if (tertiary) {
                chain(a, b, "tertiary", 50, 0, random.nextInt(2), 0);
            } else if (random.nextInt(100) >= 12) {
                boolean oneWay = random.nextInt(10) == 0;
                boolean backwards = oneWay && random.nextBoolean();
                int[] cuts = {0, 0, 1, 2};
                chain(backwards ? b : a, backwards ? a : b, "residential", 30 + random.nextInt(16),
                        oneWay ? RoadLayer.ONE_WAY : 0, cuts[random.nextInt(cuts.length)], 0);
            }
        }

        /** A dead-end street of one or two segments off {@code from}. */
        private void culDeSac(int from) {
            double dLat = jitter(0.6) * STREET_SPACING_DEG;
            double dLon = jitter(0.6) * STREET_SPACING_DEG * LON_STRETCH;
            int end = junction(lat[from] + dLat, lon[from] + dLon);
            chain(from, end, "residential", 30, 0, random.nextInt(2), 0);
        }

        /**
         * A road between two far junctions, a node every {@code nodeKm} (each with a one-in-eight
         * chance of a dead-end side road when {@code sideRoads}), two shape points per segment.
         */
        private void road(int a, int b, String highwayClass, double speedKmh, double nodeKm, boolean sideRoads) {
            double km = GreatCircle.distanceKm(lat[a], lon[a], lat[b], lon[b]);
            int inner = Math.max(0, (int) Math.round(km / nodeKm) - 1);
            int previous = a;
            for (int k = 1; k <= inner; k++) {
                double f = k / (inner + 1.0);
                int node = junction(lat[a] + f * (lat[b] - lat[a]) + jitter(0.002),
                        lon[a] + f * (lon[b] - lon[a]) + jitter(0.002));
                segment(previous, node, highwayClass, speedKmh, 0, 2);
                if (sideRoads && random.nextInt(8) == 0) {
                    int end = junction(lat[node] + jitter(0.01), lon[node] + jitter(0.01));
                    chain(node, end, "unclassified", 40, 0, random.nextInt(3), 2);
                }
                previous = node;
            }
            segment(previous, b, highwayClass, speedKmh, 0, 2);
            way++;
        }

        /** A way from {@code a} to {@code b} cut by {@code cuts} degree-2 junctions along the straight line. */
        private void chain(int a, int b, String highwayClass, double speedKmh, int flags, int cuts, int shapePoints) {
            int previous = a;
            for (int k = 1; k <= cuts; k++) {
                double f = k / (cuts + 1.0);
                int node = junction(lat[a] + f * (lat[b] - lat[a]) + jitter(0.05) * STREET_SPACING_DEG,
                        lon[a] + f * (lon[b] - lon[a]) + jitter(0.05) * STREET_SPACING_DEG);
                segment(previous, node, highwayClass, speedKmh, flags, shapePoints);
                previous = node;
            }
            segment(previous, b, highwayClass, speedKmh, flags, shapePoints);
            way++;
        }

        private void segment(int a, int b, String highwayClass, double speedKmh, int flags, int shapePoints) {
            double km;
            if (shapePoints == 0) {
                km = GreatCircle.distanceKm(lat[a], lon[a], lat[b], lon[b]) * 1.05;
            } else {
                double bend = GreatCircle.distanceKm(lat[a], lon[a], lat[b], lon[b]) / 111.0 * 0.05;
                for (int k = 0; k < 2; k++) {
                    double f = (k + 1) / 3.0;
                    innerLat[k] = lat[a] + f * (lat[b] - lat[a]) + jitter(bend);
                    innerLon[k] = lon[a] + f * (lon[b] - lon[a]) + jitter(bend);
                }
                km = GreatCircle.distanceKm(lat[a], lon[a], innerLat[0], innerLon[0])
                        + GreatCircle.distanceKm(innerLat[0], innerLon[0], innerLat[1], innerLon[1])
                        + GreatCircle.distanceKm(innerLat[1], innerLon[1], lat[b], lon[b]);
            }
            builder.segment(a, b, way, km * 1000, speedKmh, flags, RoadLayer.HIGHWAY_CLASSES.indexOf(highwayClass),
                    Float.NaN, Float.NaN, "", "", innerLat, innerLon, shapePoints == 0 ? 0 : 2);
        }

        /**
         * Motorways along every sixth row and column of towns, 3 km south (west) of the towns'
         * centres, from one edge of the country to the other; each town on the line is linked to its
         * nearest motorway node, and crossing motorways to each other.
         */
        private void motorways(Town[][] towns) {
            int n = towns.length;
            List<int[]> rows = new ArrayList<>();
            List<int[]> columns = new ArrayList<>();
            for (int line = MOTORWAY_EVERY / 2; line < n; line += MOTORWAY_EVERY) {
                double rowLat = 30 + line * TOWN_SPACING_DEG - 0.027;
                rows.add(motorway(rowLat, 66 - 0.05, rowLat, 66 + (n - 1) * TOWN_SPACING_DEG * LON_STRETCH + 0.05));
                double colLon = 66 + line * TOWN_SPACING_DEG * LON_STRETCH - 0.031;
                columns.add(motorway(30 - 0.05, colLon, 30 + (n - 1) * TOWN_SPACING_DEG + 0.05, colLon));
            }
            int k = 0;
            for (int line = MOTORWAY_EVERY / 2; line < n; line += MOTORWAY_EVERY, k++) {
                for (int other = 0; other < n; other++) {
                    interchange(towns[line][other].south(), rows.get(k));
                    interchange(towns[other][line].west(), columns.get(k));
                }
            }
            for (int[] row : rows) {
                for (int[] column : columns) {
                    int best = nearest(row, lat[row[0]], lon[column[0]]);
                    interchange(best, column);
                }
            }
        }

        /** A motorway's nodes from one end to the other, both carriageways between each pair. */
        private int[] motorway(double lat0, double lon0, double lat1, double lon1) {
            double km = GreatCircle.distanceKm(lat0, lon0, lat1, lon1);
            int count = Math.max(2, (int) Math.round(km / MOTORWAY_NODE_KM) + 1);
            int[] nodes = new int[count];
            for (int k = 0; k < count; k++) {
                double f = k / (count - 1.0);
                nodes[k] = junction(lat0 + f * (lat1 - lat0) + jitter(0.003), lon0 + f * (lon1 - lon0) + jitter(0.003));
                if (k > 0) {
                    segment(nodes[k - 1], nodes[k], "motorway", 100, RoadLayer.ONE_WAY, 2);
                    segment(nodes[k], nodes[k - 1], "motorway", 100, RoadLayer.ONE_WAY, 2);
                }
            }
            way++;
            return nodes;
        }

        /** A motorway link from {@code junction} to the nearest node of {@code motorway}. */
        private void interchange(int junction, int[] motorway) {
            int node = nearest(motorway, lat[junction], lon[junction]);
            road(junction, node, "motorway_link", 70, HIGHWAY_NODE_KM, false);
        }

        private int nearest(int[] nodes, double la, double lo) {
            int best = nodes[0];
            double bestKm = Double.POSITIVE_INFINITY;
            for (int node : nodes) {
                double km = GreatCircle.distanceKm(la, lo, lat[node], lon[node]);
                if (km < bestKm) {
                    bestKm = km;
                    best = node;
                }
            }
            return best;
        }
    }
}
