package corridor.monitor.indicator;

import corridor.monitor.ingest.CostRecord;
import corridor.monitor.trip.TripResult;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indicator table: one row per figure of {@link Indicator}, each reading its own figure in the
 * type of its unit, and monitor/INDICATORS.md showing exactly this table.
 */
class IndicatorDefinitionTest {

    private static final String BEGIN = "<!-- indicator table: generated from IndicatorDefinition; IndicatorDefinitionTest "
            + "fails when they differ -->";
    private static final String END = "<!-- end of the indicator table -->";

    @Test
    void everyFigureOfAnIndicatorHasExactlyOneRowNamedAfterIt() {
        List<String> figures = Arrays.stream(Indicator.class.getRecordComponents()).map(RecordComponent::getName)
                .filter(n -> !n.equals("key")).map(IndicatorDefinitionTest::snakeCase).toList();
        List<String> keys = Arrays.stream(IndicatorDefinition.values()).map(IndicatorDefinition::key).toList();
        assertThat(keys).doesNotHaveDuplicates().containsExactlyElementsOf(figures);
        assertThat(IndicatorDefinition.ofKey("swd_kmh")).isEqualTo(IndicatorDefinition.SWD_KMH);
    }

    @Test
    void eachRowReadsItsOwnFigureInTheTypeOfItsUnit() throws Exception {
        Indicator june = sample();
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            Object figure = Indicator.class.getMethod(camelCase(d.key())).invoke(june);
            Object value = d.value(june);
            assertThat(value).as(d.key()).isEqualTo(figure).isNotNull();
            Class<?> type = switch (d.unit()) {
                case COUNT -> Long.class;
                case MONTH -> String.class;
                default -> Double.class;
            };
            assertThat(value).as(d.key()).isInstanceOf(type);
        }
        // the sample's figures differ from each other, so a row reading a neighbour's figure would show
        List<Object> numbers = Arrays.stream(IndicatorDefinition.values()).filter(d -> d.unit() != IndicatorDefinition.Unit.COUNT)
                .map(d -> d.value(june)).toList();
        assertThat(numbers).doesNotHaveDuplicates();
    }

    @Test
    void unitsAgreeWithTheNames() {
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            String key = d.key();
            IndicatorDefinition.Unit expected = key.endsWith("_hours") ? IndicatorDefinition.Unit.HOURS
                    : key.endsWith("_kmh") ? IndicatorDefinition.Unit.KMH
                    : key.endsWith("_km") ? IndicatorDefinition.Unit.KM
                    : key.endsWith("_usd") ? IndicatorDefinition.Unit.USD
                    : key.endsWith("count") ? IndicatorDefinition.Unit.COUNT
                    : key.endsWith("_month") ? IndicatorDefinition.Unit.MONTH
                    : IndicatorDefinition.Unit.RATIO;
            assertThat(d.unit()).as(key).isEqualTo(expected);
            assertThat(d.meaning()).as(key).isNotBlank().doesNotContain("|");
            assertThat(d.label() + d.aggregation() + d.reference()).as(key).doesNotContain("|");
            assertThat(d.subjects()).as(key).isNotEmpty();
        }
        assertThat(IndicatorDefinition.in(IndicatorDefinition.View.SCORE)).extracting(IndicatorDefinition::key)
                .containsExactly("count", "mean_hours", "p95_hours", "buffer_index", "swod_kmh", "swd_kmh");
    }

    @Test
    void indicatorsMdShowsExactlyThisTable() throws Exception {
        String doc = Files.readString(Path.of("INDICATORS.md"), StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertThat(begin).as("monitor/INDICATORS.md has the line " + BEGIN).isNotNegative();
        assertThat(end).as("monitor/INDICATORS.md has the line " + END).isGreaterThan(begin);
        String shown = doc.substring(begin + BEGIN.length(), end).strip();
        assertThat(shown).as("monitor/INDICATORS.md's indicator table differs from IndicatorDefinition; "
                + "put this between its markers:%n%s", markdown()).isEqualTo(markdown());
    }

    /** The table as INDICATORS.md shows it. */
    static String markdown() {
        StringBuilder out = new StringBuilder("| indicator | label | unit | subjects | definition | how it aggregates "
                + "| CPMM or FHWA |\n| --- | --- | --- | --- | --- | --- | --- |");
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            String subjects = d.subjects().size() == Subject.values().length ? "all"
                    : Arrays.stream(Subject.values()).filter(d::appliesTo).map(Subject::label)
                    .collect(Collectors.joining(", "));
            out.append("\n| `").append(d.key()).append("` | ").append(d.label()).append(" | ")
                    .append(d.unit().symbol()).append(" | ").append(subjects).append(" | ").append(d.meaning())
                    .append(" | ").append(d.aggregation()).append(" | ").append(d.reference()).append(" |");
        }
        return out.toString();
    }

    /**
     * A section's June with every figure known and different: 20 trips of 1 to 20 h (8 h moving,
     * 400 km), the first with a US$100 cost and 10 t of cargo; May, one trip of 10 h.
     */
    private static Indicator sample() {
        Aggregates a = new Aggregates();
        long may = Instant.parse("2025-05-03T00:00:00Z").getEpochSecond();
        a.addTrip(trip(may, 10), List.of(), List.of(), null);
        long june = Instant.parse("2025-06-01T00:00:00Z").getEpochSecond();
        for (int hours = 1; hours <= 20; hours++) {
            long departure = june + hours * 86_400L;
            List<CostRecord> costs = hours == 1 ? List.of(new CostRecord("v", departure + 60, 100, "")) : List.of();
            a.addTrip(trip(departure, hours), List.of(), costs, hours == 1 ? 10.0 : null);
        }
        return Indicator.of(a, Subject.SECTION, "a>b", "2025-06").get(0);
    }

    private static TripResult trip(long departure, long hours) {
        return new TripResult("v", "a", "b", departure, departure + hours * 3600, 8 * 3600.0, 400, List.of(), List.of());
    }

    private static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static String camelCase(String snake) {
        StringBuilder out = new StringBuilder();
        for (String part : snake.split("_")) {
            out.append(out.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }
}
