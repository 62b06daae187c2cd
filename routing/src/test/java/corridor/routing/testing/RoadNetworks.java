package corridor.routing.testing;

import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.record.Incident;
import corridor.model.network.Mode;
import corridor.model.network.ModeDefaults;
import corridor.model.network.RoadLayer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated road networks with a hierarchy, for randomized tests: a jittered grid of junctions
 * about 1 km apart joined by local streets (30–50 km/h, some missing, one in ten one-way), every
 * fifth row and column a primary road (65 km/h), every tenth a motorway (100 km/h) built as two
 * one-way carriageways, and a few long trunk roads across; incidents scattered over it give the
 * links risk. Deterministic for a seed.
 */
public final class RoadNetworks {

    private RoadNetworks() {
    }

    /** A network of {@code side × side} junctions from {@code seed}. */
    public static Dataset generated(int side, long seed) {
        Random random = new Random(seed);
        RoadLayer.Builder builder = new RoadLayer.Builder();
        double step = 0.009;
        double[][] at = new double[side * side][];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                double lat = 33 + r * step + (random.nextDouble() - 0.5) * step * 0.4;
                double lon = 72 + c * step + (random.nextDouble() - 0.5) * step * 0.4;
                at[builder.junction(lat, lon)] = new double[] {lat, lon};
            }
        }
        long way = 1;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int v = r * side + c;
                if (c + 1 < side) {
                    way = road(builder, random, at, v, v + 1, r, way);
                }
                if (r + 1 < side) {
                    way = road(builder, random, at, v, v + side, c, way);
                }
            }
        }
        for (int k = 0; k < side / 4; k++) {
            int a = random.nextInt(side * side);
            int b = random.nextInt(side * side);
            if (a != b) {
                segment(builder, at, a, b, way++, 80, 0, "trunk");
            }
        }
        List<Incident> incidents = new ArrayList<>();
        for (int i = 0; i < side; i++) {
            double[] p = at[random.nextInt(at.length)];
            incidents.add(new Incident("incident-" + i, Net.REFERENCE, "generated", new GeoPoint(p[0], p[1]),
                    random.nextInt(4), random.nextInt(6), "test", "", Net.P));
        }
        RoadLayer roads = builder.build(new RoadLayer.Origin("generated", "generated", "", null, RoadLayer.Origin.ODBL));
        Map<Mode, ModeDefaults> defaults = Map.of(Mode.ROAD, new ModeDefaults(Mode.ROAD, 50.0, 0.08, 2024, 0.09, Net.P));
        return new Dataset("generated-roads", List.of(), defaults, List.of(), List.of(), List.of(), List.of(), incidents,
                List.of(), roads);
    }

    /**
     * The same network with turn restrictions at about {@code percent} in a hundred junctions where three
     * or more segments meet: from a random segment that can enter the junction, a {@code no_*} or
     * {@code only_*} restriction naming another segment there, for every vehicle, heavy transport
     * vehicles alone, or cars and light transport vehicles alone. Deterministic for a seed.
     */
    public static Dataset withTurnRestrictions(Dataset dataset, long seed, int percent) {
        RoadLayer roads = dataset.roads();
        Random random = new Random(seed);
        List<List<Integer>> touching = new ArrayList<>();
        for (int j = 0; j < roads.junctionCount(); j++) {
            touching.add(new ArrayList<>());
        }
        for (int s = 0; s < roads.segmentCount(); s++) {
            touching.get(roads.from(s)).add(s);
            if (roads.to(s) != roads.from(s)) {
                touching.get(roads.to(s)).add(s);
            }
        }
        String[] types = {"no_left_turn", "no_straight_on", "no_u_turn", "only_right_turn", "only_straight_on"};
        int[] classes = {7, 7, 4, 3};
        corridor.model.network.TurnRestrictions.Builder turns = new corridor.model.network.TurnRestrictions.Builder();
        for (int j = 0; j < roads.junctionCount(); j++) {
            List<Integer> at = touching.get(j);
            if (at.size() < 3 || random.nextInt(100) >= percent) {
                continue;
            }
            int from = at.get(random.nextInt(at.size()));
            if (roads.isOneWay(from) && roads.to(from) != j) {
                continue;
            }
            String type = types[random.nextInt(types.length)];
            int to = type.equals("no_u_turn") ? from : at.get(random.nextInt(at.size()));
            turns.add(from, j, to, type, classes[random.nextInt(classes.length)], 9_000_000L + j);
        }
        return dataset.withRoads(roads.withTurnRestrictions(turns.build()));
    }

    /** A street, primary road or motorway between grid neighbours {@code a} and {@code b} on line {@code line}. */
    private static long road(RoadLayer.Builder builder, Random random, double[][] at, int a, int b, int line, long way) {
        if (line % 10 == 0) {
            segment(builder, at, a, b, way++, 100, RoadLayer.ONE_WAY, "motorway");
            segment(builder, at, b, a, way++, 100, RoadLayer.ONE_WAY, "motorway");
            return way;
        }
        if (line % 5 == 0) {
            segment(builder, at, a, b, way++, 65, 0, "primary");
            return way;
        }
        if (random.nextInt(100) < 15) {
            return way;
        }
        boolean oneWay = random.nextInt(10) == 0;
        boolean backwards = random.nextBoolean();
        segment(builder, at, oneWay && backwards ? b : a, oneWay && backwards ? a : b, way++, 30 + random.nextInt(21),
                oneWay ? RoadLayer.ONE_WAY : 0, "residential");
        return way;
    }

    private static void segment(RoadLayer.Builder builder, double[][] at, int a, int b, long way, double speedKmh,
                                int flags, String highwayClass) {
        double km = GreatCircle.distanceKm(at[a][0], at[a][1], at[b][0], at[b][1]) * 1.1;
        builder.segment(a, b, way, km * 1000, speedKmh, flags, RoadLayer.HIGHWAY_CLASSES.indexOf(highwayClass),
                Float.NaN, Float.NaN, "", "", new double[0], new double[0], 0);
    }
}
