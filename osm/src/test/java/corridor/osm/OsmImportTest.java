package corridor.osm;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.data.RoadLayerFile;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.network.RoadLayer;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Leg;
import corridor.routing.route.Objective;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import corridor.routing.search.Router;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class OsmImportTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    @TempDir
    static Path shared;
    static Path islamabadPbf;
    static Path islamabad;

    /** The built-in dataset with two named junctions (Thalian Interchange on the M-2, T-Chowk on the N-5), then Islamabad's roads. */
    @BeforeAll
    static void importIslamabad() throws IOException {
        islamabadPbf = OsmTestFiles.copy("islamabad.osm.pbf", shared);
        islamabad = shared.resolve("isb");
        BuiltInDataset.exportTo(islamabad);
        appendSource(islamabad, "osm-node-6009834019-thalian,OpenStreetMap contributors,OpenStreetMap node 6009834019: "
                + "Thalian Interchange (M-2),2021,https://www.openstreetmap.org/node/6009834019,\"© OpenStreetMap contributors, "
                + "ODbL 1.0; highway=motorway_junction node in the islamabad.osm.pbf extract\",reference");
        appendSource(islamabad, "osm-node-2582280413-t-chowk,OpenStreetMap contributors,OpenStreetMap node 2582280413: "
                + "T-Chowk (N-5 and Islamabad Expressway),2021,https://www.openstreetmap.org/node/2582280413,\"© OpenStreetMap "
                + "contributors, ODbL 1.0; junction=yes node named T-Chowk in the islamabad.osm.pbf extract\",reference");
        appendPlace(islamabad, "thalian-interchange", "Thalian Interchange", 33.5310292, 72.898108,
                "osm-node-6009834019-thalian");
        appendSource(islamabad, "osm-node-2422454203-brahma,OpenStreetMap contributors,OpenStreetMap node 2422454203: "
                + "Brahma Interchange (M-1),2021,https://www.openstreetmap.org/node/2422454203,\"© OpenStreetMap contributors, "
                + "ODbL 1.0; highway=motorway_junction node named brahma interchange in the islamabad.osm.pbf extract\",reference");
        appendPlace(islamabad, "brahma-interchange", "Brahma Interchange", 33.7431256, 72.7052546,
                "osm-node-2422454203-brahma");
        appendPlace(islamabad, "t-chowk", "T-Chowk", 33.5114664, 73.1789059, "osm-node-2582280413-t-chowk");
        OsmTestFiles.quietImport(islamabadPbf, islamabad, new OsmImport.Options(null, RoadTags.DEFAULT_CLASSES, 10));
    }

    @Test
    void islamabadImportKeepsTheRealRoadsWithTheirTagsAndProvenance() {
        Dataset dataset = DatasetReader.read(islamabad).orThrow();
        RoadLayer roads = dataset.roads();
        assertThat(roads.segmentCount()).isGreaterThan(5_000);
        RoadLayer.Origin origin = roads.origin();
        assertThat(origin.fileName()).isEqualTo("islamabad.osm.pbf");
        assertThat(origin.sha256()).hasSize(64);
        assertThat(origin.attribution()).isEqualTo("© OpenStreetMap contributors, ODbL 1.0");
        assertThat(dataset.source(origin.sourceId())).hasValueSatisfying(s -> assertThat(s.citation())
                .contains(origin.sha256()).contains("ODbL 1.0"));
        // the M-1, M-2 and N-5 are there, with the speeds their class or their maxspeed tag gives
        List<String> refs = java.util.stream.IntStream.range(0, roads.segmentCount()).mapToObj(roads::ref).distinct().toList();
        assertThat(refs).contains("M-1", "M-2", "N-5");
        for (int s = 0; s < roads.segmentCount(); s++) {
            assertThat(roads.lengthM(s)).isPositive();
            assertThat(roads.speedKmh(s)).isBetween(5.0, 200.0);
            if ((roads.flags(s) & RoadLayer.SPEED_FROM_CLASS) != 0) {
                assertThat(roads.speedKmh(s)).isEqualTo((double) RoadTags.CLASS_SPEED_KMH
                        .get(RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(s))));
            }
            if (RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(s)).equals("motorway")) {
                assertThat(roads.isOneWay(s)).as("motorway carriageways are one-way").isTrue();
            }
        }
        // Islamabad and both named junctions are joined; the junctions to a junction of their own interchange
        // (the strongly connected one nearest to the OSM node, which can be on the other carriageway)
        List<String> joined = java.util.stream.IntStream.range(0, roads.joinCount()).mapToObj(roads::joinPlace).toList();
        assertThat(joined).contains("thalian-interchange", "t-chowk", "brahma-interchange", "islamabad");
        for (int j = 0; j < roads.joinCount(); j++) {
            if (roads.joinPlace(j).equals("thalian-interchange") || roads.joinPlace(j).equals("t-chowk")) {
                assertThat(roads.joinDistanceM(j)).isLessThan(1000);
            }
        }
    }

    @Test
    void routeBetweenTwoNamedJunctionsIsAsLongAsTheOsmWaysItFollows() throws Exception {
        Dataset dataset = DatasetReader.read(islamabad).orThrow();
        Router router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY)));
        RouteResult result = router.route(RouteQuery.of("thalian-interchange", "t-chowk", JULY,
                Cargo.tonnes(20)).withObjective(Objective.TIME));
        assertThat(result.found()).isTrue();
        Route route = result.route();
        double waysKm = waysKm(route, dataset.roads(), new RawOsmWays(islamabadPbf));
        long segments = route.legs().stream().filter(l -> l.kind() == Leg.Kind.MOVE).count();
        assertThat(segments).isGreaterThan(10);
        // longer by road than the 26 km straight line, shorter than a detour through Islamabad
        assertThat(route.totals().distanceKm()).isBetween(26.0, 60.0);
        assertThat(route.totals().distanceKm()).isCloseTo(waysKm, within(0.02 * waysKm));
        assertThat(route.totals().hours()).isCloseTo(route.legs().stream()
                .mapToDouble(l -> l.link().distanceKm() / l.link().speedKmh()).sum(), within(1e-6));
    }

    @Test
    void monitorMatchesPingsOnTheOsmRoadsAndReportsTheCorridorLinkTheyBelongTo() {
        Dataset dataset = DatasetReader.read(islamabad).orThrow();
        RoadLayer roads = dataset.roads();
        // the longest run of M-1 carriageway in the extract, segment after segment
        java.util.Map<Integer, Integer> m1From = new java.util.HashMap<>();
        for (int s = 0; s < roads.segmentCount(); s++) {
            if (roads.ref(s).equals("M-1") && roads.isOneWay(s)) {
                m1From.putIfAbsent(roads.from(s), s);
            }
        }
        List<Integer> chain = List.of();
        for (int start : m1From.values()) {
            List<Integer> run = new java.util.ArrayList<>();
            java.util.Set<Integer> seen = new java.util.HashSet<>();
            for (Integer s = start; s != null && seen.add(s); s = m1From.get(roads.to(s))) {
                run.add(s);
            }
            if (run.stream().mapToDouble(roads::lengthM).sum() > chain.stream().mapToDouble(roads::lengthM).sum()) {
                chain = run;
            }
        }
        double m1Km = chain.stream().mapToDouble(roads::lengthM).sum() / 1000;
        List<corridor.model.geo.GeoPoint> path = new java.util.ArrayList<>();
        for (int s : chain) {
            List<corridor.model.geo.GeoPoint> points = roads.geometry(s).points();
            path.addAll(path.isEmpty() ? points : points.subList(1, points.size()));
        }
        assertThat(m1Km).as("a run of the M-1").isGreaterThan(5);
        corridor.monitor.match.CorridorMembership membership = new corridor.monitor.match.CorridorMembership(roads, dataset.links());
        assertThat(chain).as("the run belongs to the corridor's M-1 link").allSatisfy(s ->
                assertThat(membership.linkOf(s)).extracting(Link::id).isEqualTo("m1-burhan-islamabad"));
        long t0 = 1_750_000_000L;
        corridor.monitor.MonitorEngine engine = new corridor.monitor.MonitorEngine(dataset,
                corridor.monitor.ingest.MonitorSettings.defaults(t0 + 86_400), true);
        List<corridor.monitor.trip.TripResult> trips = new java.util.ArrayList<>();
        engine.onTrip(trips::add);
        double along = 0;
        double next = 0;
        long line = 1;
        for (int i = 1; i < path.size(); i++) {
            double km = path.get(i - 1).distanceKm(path.get(i));
            while (next <= along + km) {
                double f = km == 0 ? 0 : (next - along) / km;
                double lat = path.get(i - 1).latitude() + f * (path.get(i).latitude() - path.get(i - 1).latitude());
                double lon = path.get(i - 1).longitude() + f * (path.get(i).longitude() - path.get(i - 1).longitude());
                engine.accept(new corridor.monitor.ingest.Ping("truck-1", t0 + Math.round(next / 60 * 3600), lat, lon,
                        Double.NaN, Double.NaN, line++));
                next += 0.5;
            }
            along += km;
        }
        engine.finish();
        assertThat(trips).hasSize(1);
        List<corridor.monitor.trip.LinkTraversal> m1 = trips.get(0).traversals().stream()
                .filter(t -> t.linkId().equals("m1-burhan-islamabad")).toList();
        assertThat(m1).as("the pings on the M-1's OSM roads are reported on the corridor's M-1 link: %s",
                trips.get(0).traversals()).hasSize(1);
        // the km driven on the M-1 roads, not the corridor link's length; pings every 500 m lose at most one at each end
        assertThat(m1.get(0).distanceKm()).isCloseTo(m1Km, within(1.0));
        assertThat(m1.get(0).distanceKm() / (m1.get(0).movingSeconds() / 3600)).isCloseTo(60, within(3.0));
    }

    @Test
    void andorraRouteIntoSpainPassesTheBorderCrossingAndPaysItsTime(@TempDir Path dir) {
        Path pbf = OsmTestFiles.copy("andorra.osm.pbf", dir);
        Path dataset = OsmTestFiles.andorraDataset(dir);
        OsmImport.Result result = OsmTestFiles.quietImport(pbf, dataset, OsmImport.Options.defaults());
        assertThat(result.timestamp()).startsWith("2013-05-28");
        assertThat(result.joinedPlaces()).anyMatch(p -> p.startsWith("la-farga-de-moles"))
                .anyMatch(p -> p.startsWith("andorra-la-vella"));
        Dataset andorra = DatasetReader.read(dataset).orThrow();
        RoutingParameters parameters = RoutingParameters.defaults(JULY);
        Router router = new Router(RoutingGraph.build(andorra, NetworkFilter.EXISTING, parameters));
        Route route = router.route(RouteQuery.of("andorra-la-vella", "la-seu-d-urgell", JULY, Cargo.tonnes(20)))
                .route();
        List<Leg> legs = route.legs();
        int border = -1;
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).kind() == Leg.Kind.BORDER) {
                border = i;
            }
        }
        assertThat(border).as("a border leg").isPositive();
        Leg crossing = legs.get(border);
        assertThat(crossing.from().id()).isEqualTo("la-farga-de-moles");
        assertThat(crossing.totals().hours()).isEqualTo(parameters.defaultCrossingHours());
        assertThat(legs.subList(0, border)).allSatisfy(l -> assertThat(l.link().id()).startsWith("osm-s"));
        assertThat(legs.get(legs.size() - 1).link().id()).isEqualTo("n145-farga-seu");
        double roadKm = legs.subList(0, border).stream().mapToDouble(l -> l.totals().distanceKm()).sum();
        // Andorra la Vella to the border along the CG-1: about 10 km by road, 8 km as the crow flies
        assertThat(roadKm).isBetween(8.0, 16.0);
    }

    @Test
    void aTruncatedFileIsRefusedWithTheOffsetAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path whole = OsmTestFiles.copy("andorra.osm.pbf", dir);
        Path cut = dir.resolve("andorra-cut.osm.pbf");
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> OsmTestFiles.quietImport(cut, target, OsmImport.Options.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("andorra-cut.osm.pbf").hasMessageContaining("truncated");
        assertThat(target).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".corridor-import-"));
        }
    }

    @Test
    void abbottabadNeedsThePlainReaderThenRoutesBetweenTwoNamedChowksAlongTheOsmWays(@TempDir Path dir) throws Exception {
        // the extract carries objects with negative ids (an editor's new objects): GraphHopper 11's reader refuses
        // them by name and writes nothing; the plain PBF reader takes them
        Path pbf = OsmTestFiles.copy("abbottabad.osm.pbf", dir);
        Path target = dir.resolve("abt");
        assertThatThrownBy(() -> OsmTestFiles.quietImport(pbf, target, OsmImport.Options.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("abbottabad.osm.pbf").hasMessageContaining("Ids must not be negative")
                .hasMessageContaining("--reader plain");
        assertThat(target).doesNotExist();

        BuiltInDataset.exportTo(target);
        appendSource(target, "osm-node-2526833402-missile-chowk,OpenStreetMap contributors,OpenStreetMap node 2526833402: "
                + "Missile Chowk (Abbottabad),2021,https://www.openstreetmap.org/node/2526833402,\"© OpenStreetMap "
                + "contributors, ODbL 1.0; junction=yes node in the abbottabad.osm.pbf extract\",reference");
        appendSource(target, "osm-node-3084286565-farooq-e-azam-chowk,OpenStreetMap contributors,OpenStreetMap node "
                + "3084286565: Farooq-e-Azam Chowk (Abbottabad),2021,https://www.openstreetmap.org/node/3084286565,"
                + "\"© OpenStreetMap contributors, ODbL 1.0; junction=yes node in the abbottabad.osm.pbf extract\",reference");
        appendPlace(target, "missile-chowk", "Missile Chowk", 34.1937608, 73.2357517, "osm-node-2526833402-missile-chowk");
        appendPlace(target, "farooq-e-azam-chowk", "Farooq-e-Azam Chowk", 34.1480894, 73.2122131,
                "osm-node-3084286565-farooq-e-azam-chowk");
        OsmImport.run(pbf, target, OsmImport.Options.defaults(), new OsmosisSegmentSource(), line -> { });
        Dataset dataset = DatasetReader.read(target).orThrow();
        RoadLayer roads = dataset.roads();
        List<String> refs = java.util.stream.IntStream.range(0, roads.segmentCount()).mapToObj(roads::ref).distinct().toList();
        assertThat(refs).contains("N-35");
        Router router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY)));
        Route route = router.route(RouteQuery.of("missile-chowk", "farooq-e-azam-chowk", JULY, Cargo.tonnes(20))).route();
        double waysKm = waysKm(route, roads, new RawOsmWays(pbf));
        assertThat(route.totals().distanceKm()).as("5.5 km apart as the crow flies").isBetween(5.5, 12.0);
        assertThat(route.totals().distanceKm()).isCloseTo(waysKm, within(0.02 * waysKm));
    }

    @Test
    void aTextFileIsRefusedAsNotPbf(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("roads.osm.pbf");
        Files.writeString(text, "id,name\n1,not a map\n", StandardCharsets.UTF_8);
        Path target = dir.resolve("target");
        assertThatThrownBy(() -> OsmTestFiles.quietImport(text, target, OsmImport.Options.defaults()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("roads.osm.pbf").hasMessageContaining("not an OpenStreetMap PBF file");
        assertThat(target).doesNotExist();
    }

    @Test
    void theBoxAndTheHighwayClassesLimitWhatIsImported(@TempDir Path dir) {
        Path pbf = OsmTestFiles.copy("andorra.osm.pbf", dir);
        // the south of Andorra (Sant Julià de Lòria), primary roads only
        double[] box = {42.43, 1.45, 42.48, 1.52};
        OsmImport.run(pbf, dir.resolve("d"), new OsmImport.Options(box, List.of("primary"), 2),
                new GraphHopperSegmentSource(1), line -> { });
        RoadLayer roads = RoadLayerFile.read(dir.resolve("d").resolve(RoadLayerFile.NAME));
        assertThat(roads.segmentCount()).isPositive();
        for (int s = 0; s < roads.segmentCount(); s++) {
            assertThat(RoadLayer.HIGHWAY_CLASSES.get(roads.highwayClass(s))).isEqualTo("primary");
            for (int k = 0; k < roads.pointCount(s); k++) {
                assertThat(roads.pointLat(s, k)).isBetween(box[0], box[2]);
                assertThat(roads.pointLon(s, k)).isBetween(box[1], box[3]);
            }
        }
        assertThatThrownBy(() -> new OsmImport.Options(null, List.of("footway"), 2))
                .hasMessageContaining("'footway' is not a highway class");
    }

    /** The length of the OSM ways between the ends of every segment the route drives, from the raw file. */
    private static double waysKm(Route route, RoadLayer roads, RawOsmWays raw) {
        double km = 0;
        for (Leg leg : route.legs()) {
            if (leg.kind() != Leg.Kind.MOVE) {
                continue;
            }
            Link link = leg.link();
            assertThat(link.id()).as("the route stays on OSM roads").startsWith("osm-s");
            int segment = Integer.parseInt(link.id().substring("osm-s".length()));
            int last = roads.pointCount(segment) - 1;
            double wayKm = raw.lengthBetweenKm(roads.wayId(segment), roads.pointLat(segment, 0), roads.pointLon(segment, 0),
                    roads.pointLat(segment, last), roads.pointLon(segment, last));
            assertThat(wayKm).as("way %d passes both ends of segment %d", roads.wayId(segment), segment).isNotNaN();
            km += wayKm;
        }
        return km;
    }

    private static void appendSource(Path dir, String row) throws IOException {
        Path file = dir.resolve("sources.csv");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + row + "\n", StandardCharsets.UTF_8);
    }

    private static void appendPlace(Path dir, String id, String name, double lat, double lon, String source)
            throws IOException {
        Path file = dir.resolve("places.geojson");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.lastIndexOf(']');
        String feature = ",\n{\"type\": \"Feature\", \"properties\": {\"id\": \"" + id + "\", \"name\": \"" + name
                + "\", \"kind\": \"road_junction\", \"country\": \"PK\", \"source\": \"" + source + "\"}, "
                + "\"geometry\": {\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}}\n";
        Files.writeString(file, text.substring(0, end).stripTrailing() + feature + text.substring(end),
                StandardCharsets.UTF_8);
    }
}
