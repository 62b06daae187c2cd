package corridor.server.evidence;

import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.api.project.ProjectSummaryJson;
import corridor.evidence.project.ProjectFilter;
import corridor.evidence.project.ProjectRegistry;
import corridor.evidence.project.ProjectSummary;
import corridor.evidence.project.PublishedLists;
import corridor.evidence.project.SummaryDimension;
import corridor.evidence.series.IndicatorComparison;
import corridor.evidence.series.IndicatorSeries;
import corridor.evidence.series.SeriesDifference;
import corridor.model.Dataset;
import corridor.model.record.IndicatorValue;
import corridor.model.record.PeriodType;
import corridor.model.record.Pillar;
import corridor.model.record.ProjectStatus;
import corridor.model.record.Sector;
import corridor.server.dataset.Features;
import corridor.server.dataset.LayerApi;
import corridor.server.dataset.Observatory;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Indicator series and project summaries for the dashboards. Stateless; thread-safe. */
public final class EvidenceApi {

    private EvidenceApi() {
    }

    /** Registers the endpoints, each answering from the observatory {@code current} gives for the request. */
    public static void register(JavalinConfig config, Supplier<Observatory> current) {
        Endpoint.INDICATORS.register(config, current, EvidenceApi::indicators);
        Endpoint.PROJECT_SUMMARY.register(config, current, EvidenceApi::projectSummary);
    }

    /**
     * The indicator values as series, one per subject, measure and reporter (values of different
     * reporters are never added). Each value after the first of a run of consecutive years carries
     * its change on the year before, computed here and marked as such.
     */
    private static void indicators(Context ctx, Observatory observatory) {
        Params params = Params.of(ctx, "measure", "reporter", "subject");
        Optional<String> measure = params.text("measure");
        Optional<String> reporter = params.text("reporter");
        Optional<String> subject = params.text("subject");
        List<IndicatorValue> values = observatory.dataset().indicators().stream()
                .filter(v -> measure.isEmpty() || v.measure().equals(measure.get()) || v.measure().startsWith(measure.get() + "."))
                .filter(v -> reporter.isEmpty() || v.reporter().equalsIgnoreCase(reporter.get()))
                .filter(v -> subject.isEmpty() || v.subject().equals(subject.get()))
                .toList();
        List<Series> series = IndicatorSeries.of(values).stream().map(one -> new Series(one.key().subject(),
                one.key().measure(), one.key().reporter(), one.values().isEmpty() ? null : one.values().get(0).unit(),
                points(one.values(), observatory.features()))).toList();
        ObjectNode body = Json.object();
        body.set("series", JsonValues.objects(series));
        body.set("differences", JsonValues.objects(IndicatorComparison.differences(values).stream()
                .map(EvidenceApi::difference).toList()));
        ctx.json(body);
    }

    /** A series: its subject, measure, reporter and unit (null for none), and its values in order. */
    private record Series(String subject, String measure, String reporter, String unit, List<ObjectNode> values) {
    }

    /** A series' values, each after the first of a run of consecutive years with its change on the year before. */
    private static List<ObjectNode> points(List<IndicatorValue> values, Features features) {
        List<ObjectNode> points = new ArrayList<>();
        IndicatorValue previous = null;
        for (IndicatorValue value : values) {
            ObjectNode point = features.indicator(value);
            if (previous != null && followsYearOnYear(previous, value) && previous.value() != 0) {
                point.put("change_percent", (value.value() - previous.value()) / Math.abs(previous.value()) * 100);
                point.put("change_basis", "computed from " + previous.period().label() + " and "
                        + value.period().label() + " of this series");
            }
            points.add(point);
            previous = value;
        }
        return points;
    }

    /**
     * Where two reporters give the same measure over comparable periods (the same days, or two overlapping
     * whole years), the second's value less the first's, as the engine compares them: never added, and a
     * calendar year set against a fiscal year says that the periods differ.
     */
    private static Difference difference(SeriesDifference d) {
        return new Difference(d.first().subject(), d.first().measure(), d.first().unit(), side(d.first()),
                side(d.second()), d.difference(), d.percentOfFirst(), d.samePeriod(), d.periodNote());
    }

    private record Difference(String subject, String measure, String unit, Side first, Side second,
                              double difference, Double percentOfFirst, boolean samePeriod, String periodNote) {
    }

    private static Side side(IndicatorValue v) {
        return new Side(v.id(), v.reporter(), v.period().label(), v.value());
    }

    /** One reporter's value of a difference. */
    private record Side(String id, String reporter, String period, double value) {
    }

    /** Whether {@code b} is the whole year (calendar or fiscal) right after {@code a}. */
    private static boolean followsYearOnYear(IndicatorValue a, IndicatorValue b) {
        PeriodType type = a.period().type();
        return type == b.period().type() && (type == PeriodType.CALENDAR_YEAR || type == PeriodType.FISCAL_YEAR)
                && a.period().end().plusDays(1).equals(b.period().start())
                && a.unit().equals(b.unit()) && !a.unit().equals("percent");
    }

    private static void projectSummary(Context ctx, Observatory observatory) {
        Params params = Params.of(ctx, "by", "phase", "pillar", "sector", "status");
        SummaryDimension dimension = params.enumValue("by", SummaryDimension.class).orElse(SummaryDimension.SECTOR);
        ProjectFilter filter = new ProjectFilter(LayerApi.phase(params), params.enumValue("pillar", Pillar.class).orElse(null),
                params.enumValue("sector", Sector.class).orElse(null),
                params.enumValue("status", ProjectStatus.class).orElse(null));
        Dataset dataset = observatory.dataset();
        ProjectSummary summary = new ProjectRegistry(dataset.projects())
                .summarize(filter, dimension, new PublishedLists(dataset.indicators()));
        ctx.json(ProjectSummaryJson.answer(summary, dataset.sourcesById()));
    }
}
