package corridor.monitor.indicator;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The one table of the monitoring indicators: for each figure of an {@link Indicator} its name (the
 * key in JSON, CSV, Parquet and the API), unit, labels for people, the subjects it applies to, what
 * it means, how it is made from the mergeable sums, its CPMM or FHWA reference, and where it is
 * shown besides the full outputs. Everything that names or labels an indicator reads this table:
 * the JSON and GeoJSON writers and the printed table of {@code corridor monitor report},
 * {@code corridor monitor score}, Spark's report tables, the API's definitions (which the
 * web legend and tables read), and the tests that keep {@code monitor/INDICATORS.md} and
 * {@code openapi.json} in step with it.
 *
 * <p>A new indicator is one row here (in the order outputs list it) and one computation: a
 * component of {@link Indicator} computed in {@link Indicator#of(IndicatorKey, Tally, TimeSketch)}
 * (from new sums in {@link Tally} if it needs any). Immutable and thread-safe.
 */
public enum IndicatorDefinition {

    COUNT("count", Unit.COUNT, "count", "count", Subjects.ALL, EnumSet.of(View.TABLE, View.MAP, View.SCORE),
            "complete link passes (links); trips (trip sections, fixed sections); visits with a stop (border "
                    + "crossings, ports, terminals)",
            "sum", "CPMM: number of trips or observations", i -> i.count()),
    MEAN_HOURS("mean_hours", Unit.HOURS, "mean time", "mean", Subjects.ALL,
            EnumSet.of(View.TABLE, View.MAP, View.SCORE),
            "mean single time: transit time from departure to arrival, moving time plus every delay on the way "
                    + "(links, sections; on a link, the stops on it that are not hub dwell); time to clear a border "
                    + "crossing, first stop to end of last stop, queueing included; port or terminal dwell, first to "
                    + "last stop",
            "total time / count (a ratio of sums)",
            "CPMM: time to travel a corridor section; at border crossings TFI1, time taken to clear a border crossing "
                    + "point (hours); at ports and terminals the port and terminal time of CPMM's rail and sea logbooks",
            Indicator::meanHours),
    MIN_HOURS("min_hours", Unit.HOURS, "shortest time", "min", Subjects.ALL, EnumSet.of(View.TABLE),
            "shortest single time", "minimum", "", Indicator::minHours),
    MAX_HOURS("max_hours", Unit.HOURS, "longest time", "max", Subjects.ALL, EnumSet.of(View.TABLE),
            "longest single time", "maximum", "", Indicator::maxHours),
    P50_HOURS("p50_hours", Unit.HOURS, "median", "median", Subjects.ALL, EnumSet.of(View.TABLE),
            "median of the single times (transit, crossing or dwell time), within 1%",
            "quantile of the month's DDSketch (bucket counts add)", "", Indicator::p50Hours),
    P80_HOURS("p80_hours", Unit.HOURS, "80th percentile", "p80", Subjects.ALL, EnumSet.noneOf(View.class),
            "80th percentile of the single times, within 1%", "quantile of the month's DDSketch", "",
            Indicator::p80Hours),
    P95_HOURS("p95_hours", Unit.HOURS, "95th percentile", "p95", Subjects.ALL, EnumSet.of(View.TABLE, View.SCORE),
            "95th percentile of the single times, within 1%", "quantile of the month's DDSketch",
            "FHWA: the 95th percentile travel time of the reliability measures", Indicator::p95Hours),
    BUFFER_INDEX("buffer_index", Unit.RATIO, "buffer index", "BI", Subjects.ALL, EnumSet.of(View.TABLE, View.SCORE),
            "(95th percentile time − mean time) / mean time: the share of extra time to plan for",
            "from p95_hours and mean_hours of the month", "FHWA buffer index", Indicator::bufferIndex),
    PLANNING_TIME_INDEX("planning_time_index", Unit.RATIO, "planning time index", "PTI", Subjects.ROADS,
            EnumSet.of(View.TABLE),
            "95th percentile time / free-flow time, the free-flow time being the mean moving time (the time at the "
                    + "speed without delay)",
            "from p95_hours and the month's moving time", "FHWA planning time index", Indicator::planningTimeIndex),
    MEAN_DISTANCE_KM("mean_distance_km", Unit.KM, "mean distance", "mean", Subjects.ROADS, EnumSet.of(View.TABLE),
            "mean distance driven: the matched network distance (on the street-level roads where the dataset has "
                    + "them), straight line across unmatched stretches",
            "total distance / count", "CPMM: distance", Indicator::meanDistanceKm),
    SWOD_KMH("swod_kmh", Unit.KMH, "speed without delay (SWOD)", "SWOD", Subjects.ROADS,
            EnumSet.of(View.TABLE, View.MAP, View.SCORE), "speed without delay: total distance over total moving time",
            "total distance / total moving time (a ratio of sums)",
            "CPMM SWOD, speed to travel on CAREC corridors without delays (distance over travel time excluding time "
                    + "at stops)",
            Indicator::swodKmh),
    SWD_KMH("swd_kmh", Unit.KMH, "speed with delay (SWD)", "SWD", Subjects.ROADS,
            EnumSet.of(View.TABLE, View.MAP, View.SCORE),
            "speed with delay: total distance over total transit time, stops included",
            "total distance / total transit time (a ratio of sums)",
            "CPMM SWD, speed with delays (distance over the whole journey time, stops included)", Indicator::swdKmh),
    MEAN_COST_USD("mean_cost_usd", Unit.USD, "mean cost", "cost", Subjects.HUBS_AND_SECTIONS,
            EnumSet.of(View.TABLE, View.MAP),
            "mean of the payments recorded during the counted items that have cost records: at a hub during the "
                    + "visit; on a section during the trip or section pass",
            "total cost / items with cost records",
            "CPMM: at border crossings TFI2, cost incurred at a border crossing clearance (US$); on sections TFI3 "
                    + "normalises it",
            Indicator::meanCostUsd),
    COST_COUNT("cost_count", Unit.COUNT, "items with costs", "costed", Subjects.HUBS_AND_SECTIONS,
            EnumSet.noneOf(View.class), "how many of the counted items have cost records", "sum", "",
            i -> i.costCount()),
    TFI3_USD("tfi3_usd", Unit.USD, "cost per 500 km per 20 t (TFI3)", "TFI3", Subjects.SECTIONS,
            EnumSet.of(View.TABLE),
            "cost per 500 km per 20 t of cargo: over the trips (or section passes) with both cost and cargo "
                    + "records, total cost / total tonne-km × 10,000",
            "total cost / total cargo × distance (a ratio of sums)",
            "CPMM TFI3, cost incurred to travel a corridor section ($ per 500 km per 20-ton cargo)",
            Indicator::tfi3Usd),
    FREIGHT_COUNT("freight_count", Unit.COUNT, "trips with cost and cargo", "freight", Subjects.SECTIONS,
            EnumSet.noneOf(View.class),
            "how many counted trips (or section passes) have both cost records and a known cargo", "sum", "",
            i -> i.freightCount()),
    PREVIOUS_MONTH("previous_month", Unit.MONTH, "previous month", "since", Subjects.ALL, EnumSet.noneOf(View.class),
            "the latest earlier month of the same subject in the state, which the changes compare with; unknown for "
                    + "the first",
            "the latest earlier month with a tally", "", Indicator::previousMonth),
    BUFFER_INDEX_CHANGE("buffer_index_change", Unit.RATIO, "buffer index change", "BI change", Subjects.ALL,
            EnumSet.noneOf(View.class), "buffer index minus that of previous_month", "difference of two months' indices",
            "FHWA buffer index, as a trend", Indicator::bufferIndexChange),
    PLANNING_TIME_INDEX_CHANGE("planning_time_index_change", Unit.RATIO, "planning time index change", "PTI change",
            Subjects.ROADS, EnumSet.noneOf(View.class), "planning time index minus that of previous_month",
            "difference of two months' indices", "FHWA planning time index, as a trend",
            Indicator::planningTimeIndexChange);

    /** The unit of a figure, and so its type in the outputs. */
    public enum Unit {
        /** A whole number, never unknown (JSON integer). */
        COUNT("count", 0),
        /** Hours. */
        HOURS("h", 2),
        /** Kilometres. */
        KM("km", 1),
        /** Kilometres per hour. */
        KMH("km/h", 1),
        /** US dollars. */
        USD("US$", 2),
        /** A dimensionless ratio (an index). */
        RATIO("ratio", 2),
        /** A month, {@code YYYY-MM} (JSON string). */
        MONTH("YYYY-MM", 0);

        private final String symbol;
        private final int decimals;

        Unit(String symbol, int decimals) {
            this.symbol = symbol;
            this.decimals = decimals;
        }

        /** As written after a value or in a heading: {@code h}, {@code km/h}, {@code US$}, ... */
        public String symbol() {
            return symbol;
        }

        /** Decimals a value is printed with for people (machine outputs keep full precision). */
        public int decimals() {
            return decimals;
        }

        /** Whether a value is a number ({@link #COUNT} included), not text. */
        public boolean numeric() {
            return this != MONTH;
        }
    }

    /** Where a figure is shown besides the full outputs (JSON, CSV, API, Spark tables), which carry every one. */
    public enum View {
        /** A column of the printed table of {@code corridor monitor report}. */
        TABLE,
        /** A property of the map's GeoJSON features (links and hubs). */
        MAP,
        /** Compared with the simulator's truth by {@code corridor monitor score}. */
        SCORE
    }

    /** The sets of subjects the rows name (a holder, since an enum's constants cannot use its own statics). */
    private static final class Subjects {
        static final Set<Subject> ALL = EnumSet.allOf(Subject.class);
        static final Set<Subject> ROADS = EnumSet.of(Subject.LINK, Subject.SECTION, Subject.CORRIDOR_SECTION);
        static final Set<Subject> SECTIONS = EnumSet.of(Subject.SECTION, Subject.CORRIDOR_SECTION);
        static final Set<Subject> HUBS_AND_SECTIONS = EnumSet.complementOf(EnumSet.of(Subject.LINK));
    }

    private final String key;
    private final Unit unit;
    private final String label;
    private final String abbreviation;
    private final Set<Subject> subjects;
    private final Set<View> views;
    private final String meaning;
    private final String aggregation;
    private final String reference;
    private final Function<Indicator, ?> value;

    IndicatorDefinition(String key, Unit unit, String label, String abbreviation, Set<Subject> subjects,
                        Set<View> views, String meaning, String aggregation, String reference,
                        Function<Indicator, ?> value) {
        this.key = key;
        this.unit = unit;
        this.label = label;
        this.abbreviation = abbreviation;
        this.subjects = Set.copyOf(subjects);
        this.views = Set.copyOf(views);
        this.meaning = meaning;
        this.aggregation = aggregation;
        this.reference = reference;
        this.value = value;
    }

    /** The name in every output: JSON and GeoJSON keys, CSV and Parquet columns ({@code mean_hours}). */
    public String key() {
        return key;
    }

    public Unit unit() {
        return unit;
    }

    /** For people, in legends and chart series ({@code speed with delay (SWD)}). */
    public String label() {
        return label;
    }

    /** For a column heading, before the unit ({@code SWD}, {@code mean}, {@code BI}). */
    public String abbreviation() {
        return abbreviation;
    }

    /** A column heading: the abbreviation and, for hours, distances, speeds and money, the unit ({@code mean h}). */
    public String heading() {
        return quantity() ? abbreviation + " " + unit.symbol() : abbreviation;
    }

    /** Whether its unit is one to write after the value: hours, km, km/h, US$ (not counts, ratios, months). */
    private boolean quantity() {
        return unit != Unit.COUNT && unit != Unit.RATIO && unit != Unit.MONTH;
    }

    /** The subjects it applies to; for the others it is always unknown. */
    public Set<Subject> subjects() {
        return subjects;
    }

    /** Whether it applies to {@code subject}. */
    public boolean appliesTo(Subject subject) {
        return subjects.contains(subject);
    }

    /** Whether it is shown in {@code view}. */
    public boolean shownIn(View view) {
        return views.contains(view);
    }

    /** What it means, in a sentence without its unit. */
    public String meaning() {
        return meaning;
    }

    /** How it is made from the mergeable sums and sketches of a subject and month. */
    public String aggregation() {
        return aggregation;
    }

    /** Its CPMM or FHWA reference; empty when it has none. */
    public String reference() {
        return reference;
    }

    /** The meaning with the unit of a quantity, as the API description gives it ({@code ... (h)}). */
    public String description() {
        return quantity() ? meaning + " (" + unit.symbol() + ")" : meaning;
    }

    /**
     * Its value in {@code indicator}: a {@link Long} for {@link Unit#COUNT}, a {@link String} for
     * {@link Unit#MONTH}, else a {@link Double}; null when unknown.
     */
    public Object value(Indicator indicator) {
        return value.apply(indicator);
    }

    /** Its value as a number, null when unknown. */
    public Double number(Indicator indicator) {
        if (!unit.numeric()) {
            throw new IllegalStateException(key + " is not a number");
        }
        Object v = value(indicator);
        return v == null ? null : ((Number) v).doubleValue();
    }

    /** The rows shown in {@code view}, in table order. */
    public static List<IndicatorDefinition> in(View view) {
        return Arrays.stream(values()).filter(d -> d.shownIn(view)).toList();
    }

    /** The row named {@code key} ({@code mean_hours}). */
    public static IndicatorDefinition ofKey(String key) {
        for (IndicatorDefinition d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no indicator named '" + key + "'");
    }
}
