package corridor.routing.search;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.network.Mode;
import corridor.model.source.Source;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.route.Cargo;
import corridor.routing.route.Route;
import corridor.routing.route.RouteQuery;
import corridor.routing.route.RouteResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Road distances published by others (road-distances.csv, each row with the source it was read
 * from, none derived from the dataset): the built-in network, routed by road as
 * {@code corridor route --modes road} does, comes within 5% of each.
 *
 * <p>The column {@code link_source} says whether the row's source also gives a link length in
 * links.geojson ({@code yes} or {@code partly}) or not ({@code no}). A row whose source no link
 * cites tests the network against an independent figure; a row whose source a link cites is close
 * to circular. The test checks the column against the dataset and asks for at least 40 rows of the
 * first kind.
 */
class PublishedRoadDistancesTest {

    private static final String TABLE = "corridor/routing/road-distances.csv";
    private static final double TOLERANCE = 0.05;
    /** Khunjerab is open in July every year of the calendar. */
    private static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

    private static Dataset dataset;
    private static Router router;

    private static final int INDEPENDENT_ROWS_REQUIRED = 40;

    record Row(int line, String from, String to, double distanceKm, Set<String> avoid, String sourceId,
               String linkSource, String note) {
        @Override
        public String toString() {
            return from + " -> " + to + " " + distanceKm + " km (line " + line + ")";
        }
    }

    @BeforeAll
    static void load() {
        dataset = BuiltInDataset.load();
        router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING, RoutingParameters.defaults(JULY_2025)));
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = PublishedRoadDistancesTest.class.getClassLoader().getResourceAsStream(TABLE)) {
            assertThat(in).as(TABLE).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = split(reader.readLine());
            assertThat(header).containsExactly("from", "to", "distance_km", "avoid", "source", "link_source", "note");
            String text;
            int line = 1;
            while ((text = reader.readLine()) != null) {
                line++;
                List<String> f = split(text);
                Set<String> avoid = f.get(3).isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(f.get(3).split(";")));
                rows.add(new Row(line, f.get(0), f.get(1), Double.parseDouble(f.get(2)), avoid, f.get(4), f.get(5),
                        f.get(6)));
            }
        }
        return rows;
    }

    /** Splits a CSV line with optional double-quoted fields. */
    private static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    static Stream<Arguments> table() throws IOException {
        return rows().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void theRoadRouteComesWithinFivePercentOfThePublishedDistance(Row row) {
        RouteQuery query = RouteQuery.of(row.from(), row.to(), JULY_2025, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD)).withAvoidPlaces(row.avoid());
        RouteResult result = router.route(query);

        assertThat(result.found()).as(row + ": " + result.whyNone()).isTrue();
        assertThat(result.route().totals().distanceKm()).as(row + " via " + result.route().placeIds())
                .isCloseTo(row.distanceKm(), within(TOLERANCE * row.distanceKm()));
    }

    @Test
    void theTableHasAtLeastFortyRowsEachWithASourceThatResolves() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
        for (Row row : rows) {
            Source source = dataset.sourcesById().get(row.sourceId());
            assertThat(source).as(row + " source " + row.sourceId()).isNotNull();
            assertThat(source.resolves()).as(row.sourceId()).isTrue();
            assertThat(row.note()).as(row.toString()).isNotBlank();
            assertThat(dataset.place(row.from())).as(row.from()).isPresent();
            assertThat(dataset.place(row.to())).as(row.to()).isPresent();
        }
        Set<String> pairs = new HashSet<>();
        rows.forEach(r -> pairs.add(r.from() + ">" + r.to()));
        assertThat(pairs).as("no pair twice in one direction").hasSize(rows.size());
    }

    @Test
    void eachRowSaysTrulyWhetherALinkLengthSharesItsSourceAndFortyDoNot() throws IOException {
        Set<String> linkSources = new HashSet<>();
        dataset.links().forEach(link -> linkSources.addAll(link.provenance().sourceIds()));
        int independent = 0;
        for (Row row : rows()) {
            assertThat(row.linkSource()).as(row.toString()).isIn("yes", "partly", "no");
            boolean cited = linkSources.contains(row.sourceId());
            if (row.linkSource().equals("no")) {
                assertThat(cited).as(row + ": a link cites " + row.sourceId() + ", so link_source cannot be no").isFalse();
                independent++;
            } else {
                assertThat(cited).as(row + ": no link cites " + row.sourceId() + ", so link_source is no").isTrue();
            }
        }
        assertThat(independent).as("rows whose source no link cites").isGreaterThanOrEqualTo(INDEPENDENT_ROWS_REQUIRED);
    }

    @Test
    void theRequiredPairsAreInTheTable() throws IOException {
        Set<String> pairs = new HashSet<>();
        rows().forEach(r -> pairs.add(r.from() + ">" + r.to()));
        assertThat(pairs).contains("khunjerab>islamabad", "khunjerab>gwadar", "karachi>lahore", "karachi>peshawar",
                "quetta>karachi", "gwadar>karachi", "peshawar>torkham", "quetta>chaman");
    }

    @Test
    void khunjerabToGwadarTakesTheWesternAlignment() {
        Route route = router.route(RouteQuery.of("khunjerab", "gwadar", JULY_2025, Cargo.tonnes(20))
                .withModes(EnumSet.of(Mode.ROAD))).route();

        assertThat(route.placeIds()).containsSubsequence("khunjerab", "burhan", "di-khan", "zhob", "quetta", "surab",
                "hoshab", "gwadar");
    }
}
