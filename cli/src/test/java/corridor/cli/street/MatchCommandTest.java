package corridor.cli.street;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.model.geo.GreatCircle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@code corridor match} on the real Andorra extract with the real GPS trace GraphHopper's tests use. */
class MatchCommandTest {

    /** The trace's own length, km (its 21 points joined by great circles). */
    static final double TRACE_KM = 0.675;

    @TempDir
    static Path temp;
    static Path data;

    @BeforeAll
    static void importAndorra() {
        data = temp.resolve("and");
        Cli.importOsm("andorra.osm.pbf", data);
    }

    static Path trace() {
        return Cli.OSM.resolve("andorra-trace.gpx");
    }

    /** The trace's points {lat, lon}, read with a regular expression (independent of the reader under test). */
    static List<double[]> tracePoints() throws IOException {
        Matcher m = Pattern.compile("<trkpt lat=\"([-0-9.]+)\" lon=\"([-0-9.]+)\"").matcher(Files.readString(trace()));
        List<double[]> points = new ArrayList<>();
        while (m.find()) {
            points.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return points;
    }

    /** Length of a GeoJSON LineString's coordinates, km. */
    static double lengthKm(JsonNode coordinates) {
        double km = 0;
        for (int i = 1; i < coordinates.size(); i++) {
            km += GreatCircle.distanceKm(coordinates.get(i - 1).get(1).asDouble(), coordinates.get(i - 1).get(0).asDouble(),
                    coordinates.get(i).get(1).asDouble(), coordinates.get(i).get(0).asDouble());
        }
        return km;
    }

    @Test
    void theAndorraTraceBecomesOneLineStringAlongTheRoadsWithinTenPercentOfItsLength() throws IOException {
        Cli run = Cli.run("match", trace().toString(), "--data", data.toString(), "--format", "geojson");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode answer = new ObjectMapper().readTree(run.out());
        List<JsonNode> lines = new ArrayList<>();
        answer.get("features").forEach(f -> {
            if (f.at("/geometry/type").asText().equals("LineString")) {
                lines.add(f);
            }
        });
        assertThat(lines).hasSize(1);
        JsonNode path = lines.get(0);
        assertThat(lengthKm(path.at("/geometry/coordinates"))).isCloseTo(TRACE_KM, within(0.1 * TRACE_KM));
        assertThat(path.at("/properties/length_km").asDouble()).isCloseTo(TRACE_KM, within(0.1 * TRACE_KM));
        assertThat(path.at("/properties/continuous").asBoolean()).isTrue();
        assertThat(path.at("/properties/attribution").asText()).isEqualTo("© OpenStreetMap contributors, ODbL 1.0");
        assertThat(path.at("/properties/ways")).isNotEmpty();
        path.at("/properties/ways").forEach(w -> assertThat(w.get("way_id").asLong()).isPositive());
        // every input point: its snapped position, within 30 m of it on a way of the path
        List<double[]> input = tracePoints();
        List<JsonNode> points = new ArrayList<>();
        answer.get("features").forEach(f -> {
            if (f.at("/properties/kind").asText().equals("point")) {
                points.add(f);
            }
        });
        assertThat(points).hasSize(input.size()).hasSize(21);
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i).get("properties");
            JsonNode at = points.get(i).at("/geometry/coordinates");
            double snappedKm = GreatCircle.distanceKm(input.get(i)[0], input.get(i)[1], at.get(1).asDouble(),
                    at.get(0).asDouble());
            assertThat(p.get("distance_m").asDouble()).isCloseTo(snappedKm * 1000, within(0.2)).isLessThan(30);
            assertThat(p.get("matched").asBoolean()).isTrue();
        }
        assertThat(run.err()).contains("21 of 21 points matched");
    }

    @Test
    void aCsvTraceWithTimesGivesSpeedsAndRunningOffTheExtractIsReportedWithWhere() throws IOException {
        List<double[]> input = tracePoints();
        StringBuilder csv = new StringBuilder("time,lat,lon\n");
        for (int i = 0; i < input.size(); i++) {
            csv.append(String.format(Locale.ROOT, "2024-05-01T08:%02d:%02dZ,%.6f,%.6f%n", i * 6 / 60, i * 6 % 60,
                    input.get(i)[0], input.get(i)[1]));
        }
        // two more points 30 km south, in Spain, beyond the extract's roads
        csv.append("2024-05-01T08:10:00Z,42.35,1.50\n2024-05-01T08:11:00Z,42.34,1.50\n");
        Path file = temp.resolve("trace.csv");
        Files.writeString(file, csv);

        Cli run = Cli.run("match", file.toString(), "--data", data.toString(), "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(MatchCommand.EXIT_BROKEN);
        assertThat(run.err()).contains("points 21-22, from (42.35000, 1.50000), lie outside the extract's roads");
        String[] rows = run.out().split("\n");
        assertThat(rows[0]).isEqualTo("index,lat,lon,time,matched,chain,snapped_lat,snapped_lon,distance_m,way_id,"
                + "km_from_previous,speed_kmh");
        assertThat(rows).hasSize(24);
        assertThat(rows[22]).startsWith("21,42.3500000,1.5000000,2024-05-01T08:10:00Z,false");
        // point 2 was driven 6 s after point 1: its speed is its km over those 6 s
        String[] second = rows[2].split(",", -1);
        double km = Double.parseDouble(second[10]);
        assertThat(Double.parseDouble(second[11])).isCloseTo(km / (6 / 3600.0), within(0.1));
        assertThat(Double.parseDouble(second[11])).isBetween(5.0, 80.0);
    }

    @Test
    void aGeoJsonLineStringIsMatchedToo() throws IOException {
        StringBuilder json = new StringBuilder("{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
                + "{\"type\":\"LineString\",\"coordinates\":[");
        List<double[]> input = tracePoints();
        for (int i = 0; i < input.size(); i++) {
            json.append(i == 0 ? "" : ",").append("[").append(input.get(i)[1]).append(",").append(input.get(i)[0])
                    .append("]");
        }
        Path file = temp.resolve("trace.geojson");
        Files.writeString(file, json.append("]}}"));

        Cli run = Cli.run("match", file.toString(), "--data", data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode path = new ObjectMapper().readTree(run.out()).at("/features/0");
        assertThat(path.at("/geometry/type").asText()).isEqualTo("LineString");
        assertThat(path.at("/properties/length_km").asDouble()).isCloseTo(TRACE_KM, within(0.1 * TRACE_KM));
    }

    /** OSM way 32819142 of the Andorra extract: Carretera dels Cortals (CS-320), tagged maxweight 2.1 t. */
    static final long CS320 = 32819142L;

    /**
     * A CSV trace along the CS-320, from the roads' own geometry of the way in {@code data} (the Andorra extract
     * imported), a point about every 40 m, written into {@code dir}.
     */
    static Path traceAlongCs320(Path data, Path dir) throws IOException {
        corridor.model.network.RoadLayer roads = corridor.data.RoadLayerFile.read(data.resolve(
                corridor.data.RoadLayerFile.NAME));
        StringBuilder csv = new StringBuilder("lat,lon\n");
        for (int s = 0; s < roads.segmentCount(); s++) {
            if (roads.wayId(s) != CS320) {
                continue;
            }
            assertThat(roads.maxWeightTonnes(s)).isEqualTo(2.1);
            for (int k = 1; k < roads.pointCount(s); k++) {
                double lat0 = roads.pointLat(s, k - 1);
                double lon0 = roads.pointLon(s, k - 1);
                int parts = (int) Math.ceil(GreatCircle.distanceKm(lat0, lon0, roads.pointLat(s, k), roads.pointLon(s, k))
                        / 0.04);
                for (int p = 0; p < parts; p++) {
                    csv.append(String.format(Locale.ROOT, "%.7f,%.7f%n", lat0 + (roads.pointLat(s, k) - lat0) * p / parts,
                            lon0 + (roads.pointLon(s, k) - lon0) * p / parts));
                }
            }
        }
        Path file = dir.resolve("cs320.csv");
        Files.writeString(file, csv);
        return file;
    }

    /** The OSM way ids of a match's path, from its GeoJSON. */
    static List<Long> waysDriven(String geojson) throws IOException {
        List<Long> ways = new ArrayList<>();
        JsonNode path = new ObjectMapper().readTree(geojson).at("/features/0");
        if (path.at("/properties/kind").asText().equals("path")) {
            path.at("/properties/ways").forEach(w -> ways.add(w.get("way_id").asLong()));
        }
        return ways;
    }

    @Test
    void aHeavyVehicleIsKeptOffARoadWhoseMaxweightItIsOver() throws IOException {
        Path trace = traceAlongCs320(data, temp);

        Cli anyVehicle = Cli.run("match", trace.toString(), "--data", data.toString());
        Cli car = Cli.run("match", trace.toString(), "--data", data.toString(), "--vehicle", "car");
        Cli truck = Cli.run("match", trace.toString(), "--data", data.toString(), "--vehicle", "rigid-truck");

        assertThat(anyVehicle.exitCode()).as(anyVehicle.err()).isZero();
        assertThat(waysDriven(anyVehicle.out())).contains(CS320);
        // a car gives no weight: the limit does not keep it off
        assertThat(waysDriven(car.out())).isEqualTo(waysDriven(anyVehicle.out()));
        assertThat(new ObjectMapper().readTree(car.out()).at("/features/0/properties/vehicle/id").asText())
                .isEqualTo("car");
        // the rigid truck (27.5 t) may not use it: the match keeps off it and says so
        assertThat(waysDriven(truck.out())).doesNotContain(CS320);
        assertThat(truck.out()).isNotEqualTo(anyVehicle.out());
        assertThat(truck.exitCode()).isEqualTo(MatchCommand.EXIT_BROKEN);
        assertThat(truck.err()).containsPattern("vehicle rigid-truck: kept off \\d+ road segments")
                .contains("have no road within reach");
        assertThat(car.err()).contains("vehicle car: kept off 0 road segments");

        Cli unknown = Cli.run("match", trace.toString(), "--data", data.toString(), "--vehicle", "bicycle");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--vehicle", "no vehicle 'bicycle'; known: car, light-transport, rigid-truck");
    }

    @Test
    void badInputIsRefusedWithWhereAndWhy() throws IOException {
        Path csv = temp.resolve("bad.csv");
        Files.writeString(csv, "lat,lon\n42.5,1.5\n42.5,east\n");
        Cli bad = Cli.run("match", csv.toString(), "--data", data.toString());
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.csv line 3", "lon", "expected a number in degrees, got 'east'");

        Path gpx = temp.resolve("cut.gpx");
        Files.writeString(gpx, "<gpx><trk><trkseg><trkpt lat=\"42.5\" lon=\"1.5\"></trkpt>");
        assertThat(Cli.run("match", gpx.toString(), "--data", data.toString()).err()).contains("cut.gpx line 1",
                "not well-formed GPX");

        Cli noRoads = Cli.run("match", trace().toString());
        assertThat(noRoads.exitCode()).isEqualTo(2);
        assertThat(noRoads.err()).contains("has no street-level roads to match on", "corridor import osm");

        Cli format = Cli.run("match", trace().toString(), "--data", data.toString(), "--format", "kml");
        assertThat(format.err()).contains("--format", "expected geojson, gpx or csv, got 'kml'");
    }
}
