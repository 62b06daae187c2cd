package corridor.osm;

import corridor.data.DatasetReader;
import corridor.data.load.DatasetLoad;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.geo.GreatCircle;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The link tracer on the real Islamabad extract: a two-point sketch of IJP Road is traced along the
 * road's own nodes, a link leaving the extract and a sketch drawn through a wrong place are skipped
 * with their reasons, bad files are refused, and the output is complete or absent.
 */
class LinkTracingTest {

    private static final String NOTE = "geometry traced along OpenStreetMap roads (© OpenStreetMap contributors, ODbL) "
            + "from islamabad.osm.pbf on 2026-12-01";

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path pbf;
    /** Every point of the ways the extract names "IJP Road", read independently of the tracer. */
    private static final List<GeoPoint> IJP_POINTS = new ArrayList<>();
    private static double ijpCarriagewaysKm;
    /** Every point of the ways the extract numbers N-5 (the Grand Trunk Road, Peshawar Road in the city). */
    private static final List<GeoPoint> N5_POINTS = new ArrayList<>();
    /** The westernmost and easternmost points of the N-5 ways named Peshawar Road. */
    private static GeoPoint peshawarRoadWest;
    private static GeoPoint peshawarRoadEast;

    @BeforeAll
    static void readIjpRoadAndTheN5() {
        pbf = OsmTestFiles.copy("islamabad.osm.pbf", shared);
        new GraphHopperSegmentSource(1).read(pbf, tags -> "N-5".equals(tags.get("ref"))
                || "IJP Road".equals(tags.get("name")), new RoadSegmentSource.Sink() {
                    @Override
                    public void junction(int junction, double lat, double lon) {
                    }

                    @Override
                    public void segment(int from, int to, double[] lat, double[] lon, int count, long wayId,
                                        Map<String, Object> tags) {
                        boolean ijp = "IJP Road".equals(tags.get("name"));
                        for (int k = 0; k < count; k++) {
                            GeoPoint p = new GeoPoint(lat[k], lon[k]);
                            if (ijp) {
                                IJP_POINTS.add(p);
                                ijpCarriagewaysKm += k == 0 ? 0 : GreatCircle.distanceKm(lat[k - 1], lon[k - 1], lat[k],
                                        lon[k]);
                            } else {
                                N5_POINTS.add(p);
                            }
                            if (!ijp && "Peshawar Road".equals(tags.get("name"))) {
                                peshawarRoadWest = peshawarRoadWest == null || lon[k] < peshawarRoadWest.longitude() ? p
                                        : peshawarRoadWest;
                                peshawarRoadEast = peshawarRoadEast == null || lon[k] > peshawarRoadEast.longitude() ? p
                                        : peshawarRoadEast;
                            }
                        }
                    }
                });
    }

    private Path dataset() {
        for (String file : List.of("sources.csv", "modes.csv", "places.geojson", "links.geojson")) {
            OsmTestFiles.copy("islamabad-dataset/" + file, temp);
        }
        return temp.resolve("islamabad-dataset");
    }

    private static LinkTracing.Options options(String... links) {
        return new LinkTracing.Options(List.of(links), new LinkTracer.Options(5, 10, 20), LocalDate.of(2026, 12, 1));
    }

    private static LinkTracing.Result run(Path data, Path out, LinkTracing.Options options) {
        return LinkTracing.run(pbf, data, out, options, new GraphHopperSegmentSource(2), line -> { });
    }

    @Test
    void tracesAStraightSketchAlongTheRoadsNodesAndSkipsTheRestWithReasons() throws IOException {
        Path data = dataset();
        Path out = temp.resolve("out");
        List<String> progress = new ArrayList<>();
        LinkTracing.Result result = LinkTracing.run(pbf, data, out, options(), new GraphHopperSegmentSource(2),
                progress::add);

        assertThat(result.written()).isTrue();
        assertThat(result.tracedIds()).containsExactly("ijp-road");
        LinkTracer.Trace ijp = result.traces().get(0);
        // IJP Road is mapped as two one-way carriageways: the road is half their length
        assertThat(ijpCarriagewaysKm).isBetween(20.0, 23.0);
        assertThat(ijp.tracedKm()).isCloseTo(ijpCarriagewaysKm / 2, within(0.03 * ijpCarriagewaysKm / 2));
        assertThat(ijp.sketchKm()).isLessThan(ijp.tracedKm());
        List<GeoPoint> traced = ijp.geometry().points();
        assertThat(traced.size()).isBetween(3, IJP_POINTS.size() / 4);
        for (GeoPoint vertex : traced.subList(1, traced.size() - 1)) {
            double nearestM = IJP_POINTS.stream().mapToDouble(p -> p.distanceKm(vertex) * 1000).min().orElseThrow();
            assertThat(nearestM).as("vertex %s on a node of IJP Road", vertex).isLessThan(1.0);
        }

        LinkTracer.Trace outside = result.traces().get(1);
        assertThat(outside.linkId()).isEqualTo("faizabad-havelian");
        assertThat(outside.traced()).isFalse();
        assertThat(outside.skipReason()).startsWith("outside the extract: sketch point 2 (34.0536, 73.1565)");
        LinkTracer.Trace detour = result.traces().get(2);
        assertThat(detour.linkId()).isEqualTo("ijp-detour");
        assertThat(detour.traced()).isFalse();
        assertThat(detour.tracedKm()).isGreaterThan(1.1 * 10.6);
        assertThat(detour.skipReason()).contains("longer than the published 10.6 km", "refused");
        assertThat(progress).contains("trace: checking islamabad.osm.pbf", "trace: written to " + out.toAbsolutePath());

        DatasetLoad load = DatasetReader.read(out);
        assertThat(load.errors()).isEmpty();
        Dataset written = load.dataset();
        Link link = written.links().stream().filter(l -> l.id().equals("ijp-road")).findFirst().orElseThrow();
        assertThat(link.distanceKm()).isEqualTo(10.6);
        assertThat(link.geometry().points()).isEqualTo(traced);
        assertThat(link.provenance().sourceIds()).contains(result.sourceId());
        assertThat(result.sourceId()).startsWith("trace-islamabad-");
        assertThat(written.source(result.sourceId())).hasValueSatisfying(s -> {
            assertThat(s.citation()).contains("© OpenStreetMap contributors, ODbL 1.0", "islamabad.osm.pbf", "SHA-256");
            assertThat(s.url()).isEqualTo("https://www.openstreetmap.org/copyright");
        });
        String linksText = Files.readString(out.resolve("links.geojson"), StandardCharsets.UTF_8);
        assertThat(linksText).contains("a test link: half the 21.2 km of the road's two carriageways in the extract; "
                + NOTE + "\"").doesNotContain("geometry a straight sketch between the ends");
        // the links not traced keep their lines byte for byte
        List<String> before = Files.readAllLines(data.resolve("links.geojson"));
        List<String> after = Files.readAllLines(out.resolve("links.geojson"));
        assertThat(after).hasSameSizeAs(before);
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).contains("\"id\": \"ijp-road\"")) {
                assertThat(after.get(i)).isEqualTo(before.get(i));
            }
        }
        assertThat(Files.readString(out.resolve("places.geojson"))).isEqualTo(Files.readString(data.resolve("places.geojson")));
    }

    @Test
    void tracingInPlaceTwiceKeepsOneNoteClauseAndOneSourceRow() throws IOException {
        Path data = dataset();
        run(data, data, options("ijp-road"));
        String sources = Files.readString(data.resolve("sources.csv"));
        run(data, data, options("ijp-road"));
        assertThat(Files.readString(data.resolve("sources.csv"))).isEqualTo(sources);
        String links = Files.readString(data.resolve("links.geojson"));
        assertThat(links.split(java.util.regex.Pattern.quote(NOTE), -1)).hasSize(2);
        assertThat(DatasetReader.read(data).errors()).isEmpty();
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("islamabad-dataset");
        }
    }

    @Test
    void aDatasetWithImportedRoadsKeepsThemInTheTracedCopy() throws IOException {
        Path data = dataset();
        OsmTestFiles.quietImport(pbf, data, OsmImport.Options.defaults());
        Path out = temp.resolve("out");
        run(data, out, options("ijp-road"));
        assertThat(out.resolve("roads.bin")).hasSameBinaryContentAs(data.resolve("roads.bin"));
        assertThat(DatasetReader.read(out).dataset().roads().segmentCount()).isPositive();
    }

    @Test
    void whenNoLinkIsTracedNothingIsWritten() {
        Path out = temp.resolve("out");
        LinkTracing.Result result = run(dataset(), out, options("faizabad-havelian"));
        assertThat(result.written()).isFalse();
        assertThat(result.traces()).singleElement().satisfies(t -> assertThat(t.skipReason()).startsWith("outside"));
        assertThat(out).doesNotExist();
    }

    @Test
    void badInputIsRefusedAndNothingIsWritten() throws IOException {
        Path data = dataset();
        Path out = temp.resolve("out");
        Path truncated = temp.resolve("cut.osm.pbf");
        byte[] whole = Files.readAllBytes(pbf);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> LinkTracing.run(truncated, data, out, options(), new GraphHopperSegmentSource(1),
                line -> { })).isInstanceOf(InputException.class).hasMessageContaining("cut.osm.pbf");
        Path text = temp.resolve("roads.osm.pbf");
        Files.writeString(text, "not a map\n");
        assertThatThrownBy(() -> LinkTracing.run(text, data, out, options(), new GraphHopperSegmentSource(1),
                line -> { })).isInstanceOf(InputException.class).hasMessageContaining("not an OpenStreetMap PBF file");
        assertThatThrownBy(() -> run(data, out, options("no-such-link")))
                .isInstanceOf(InputException.class).hasMessageContaining("--links").hasMessageContaining("no-such-link");
        Path occupied = temp.resolve("occupied");
        Files.createDirectories(occupied);
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> run(data, occupied, options()))
                .isInstanceOf(InputException.class).hasMessageContaining("holds files");
        assertThat(out).doesNotExist();
        assertThat(occupied.resolve("notes.txt")).hasContent("mine");
        try (var files = Files.list(occupied)) {
            assertThat(files).hasSize(1);
        }
    }

    private static LinkTracer tracerOfTheCity() {
        TraceNetwork.Builder builder = new TraceNetwork.Builder(new double[] {33.5, 72.9, 33.8, 73.2});
        new GraphHopperSegmentSource(1).read(pbf, tags -> tags.get("highway") != null
                && RoadTags.DEFAULT_CLASSES.contains(tags.get("highway").toString()), builder);
        return new LinkTracer(builder.build(), new LinkTracer.Options(5, 10, 20));
    }

    @Test
    void aLinkNamingItsRoadNumberIsTracedOnThatRoadsNodes() {
        Polyline sketch = Polyline.of(peshawarRoadWest, peshawarRoadEast);
        Link link = new Link("n5-peshawar-road", "N-5 Peshawar Road", Mode.ROAD, "a", "b", null, null, null, null, null,
                LinkStatus.EXISTING, "", List.of(), sketch, new Provenance(List.of("test"), null, ""));
        LinkTracer.Trace trace = tracerOfTheCity().trace(link);
        assertThat(trace.traced()).as(trace.skipReason()).isTrue();
        assertThat(trace.tracedKm()).isGreaterThan(sketch.lengthKm());
        List<GeoPoint> traced = trace.geometry().points();
        assertThat(traced.size()).isGreaterThan(2);
        for (GeoPoint vertex : traced) {
            double nearestM = N5_POINTS.stream().mapToDouble(p -> p.distanceKm(vertex) * 1000).min().orElseThrow();
            assertThat(nearestM).as("vertex %s on a node of the N-5", vertex).isLessThan(1.0);
        }
    }

    @Test
    void aRoadPathFarLongerThanAnUnpublishedSketchIsRefused() {
        LinkTracer tracer = tracerOfTheCity();
        // the built-in Rawalpindi-Islamabad sketch (through Faizabad): among the extract's motorway to tertiary
        // roads the way round is by Peshawar Road and IJP Road, 1.8 times the sketch, and no length is published
        Polyline sketch = new Polyline(List.of(new GeoPoint(33.6, 73.05), new GeoPoint(33.66, 73.08),
                new GeoPoint(33.6844, 73.0479)));
        Link link = new Link("rawalpindi-islamabad", "Rawalpindi-Islamabad", Mode.ROAD, "rawalpindi", "islamabad", null,
                null, null, null, null, LinkStatus.EXISTING, "", List.of(), sketch,
                new Provenance(List.of("test"), null, ""));
        LinkTracer.Trace trace = tracer.trace(link);
        assertThat(trace.traced()).isFalse();
        assertThat(trace.tracedKm()).isGreaterThan(LinkTracer.MAX_SKETCH_FACTOR * trace.sketchKm());
        assertThat(trace.skipReason()).contains("times the sketch's", "no length is published", "refused");
    }
}
