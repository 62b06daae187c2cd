package corridor.server.evidence;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import corridor.server.dataset.LayerApi;
import corridor.server.dataset.Observatory;
import corridor.server.http.Endpoint;
import corridor.server.http.Json;
import corridor.server.http.Params;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Indicator series and project summaries for the dashboards. */
public final class EvidenceApi {

    private final Supplier<Observatory> current;

    public EvidenceApi(Supplier<Observatory> current) {
        this.current = current;
    }

    /** The dataset being served now (an upload may replace it between requests). */
    private Observatory observatory() {
        return current.get();
    }

    public void register(JavalinConfig config) {
        Endpoint.INDICATORS.register(config, this::indicators);
        Endpoint.PROJECT_SUMMARY.register(config, this::projectSummary);
    }

    /**
     * The indicator values as series, one per subject, measure and reporter (values of different
     * reporters are never added). Each value after the first of a run of consecutive years carries
     * its change on the year before, computed here and marked as such.
     */
    private void indicators(Context ctx) {
        Params params = Params.of(ctx, "measure", "reporter", "subject");
        Optional<String> measure = params.text("measure");
        Optional<String> reporter = params.text("reporter");
        Optional<String> subject = params.text("subject");
        List<IndicatorValue> values = observatory().dataset().indicators().stream()
                .filter(v -> measure.isEmpty() || v.measure().equals(measure.get()) || v.measure().startsWith(measure.get() + "."))
                .filter(v -> reporter.isEmpty() || v.reporter().equalsIgnoreCase(reporter.get()))
                .filter(v -> subject.isEmpty() || v.subject().equals(subject.get()))
                .toList();
        ArrayNode series = Json.array();
        for (IndicatorSeries one : IndicatorSeries.of(values)) {
            ObjectNode node = series.addObject();
            node.put("subject", one.key().subject());
            node.put("measure", one.key().measure());
            node.put("reporter", one.key().reporter());
            node.put("unit", one.values().isEmpty() ? null : one.values().get(0).unit());
            ArrayNode points = node.putArray("values");
            IndicatorValue previous = null;
            for (IndicatorValue value : one.values()) {
                ObjectNode point = observatory().features().indicator(value);
                if (previous != null && followsYearOnYear(previous, value) && previous.value() != 0) {
                    point.put("change_percent", (value.value() - previous.value()) / Math.abs(previous.value()) * 100);
                    point.put("change_basis", "computed from " + previous.period().label() + " and "
                            + value.period().label() + " of this series");
                }
                points.add(point);
                previous = value;
            }
        }
        ObjectNode body = Json.object();
        body.set("series", series);
        body.set("differences", differences(values));
        ctx.json(body);
    }

    /**
     * Where two reporters give the same measure over comparable periods (the same days, or two overlapping
     * whole years), the second's value less the first's, as the engine compares them: never added, and a
     * calendar year set against a fiscal year says that the periods differ.
     */
    private static ArrayNode differences(List<IndicatorValue> values) {
        ArrayNode out = Json.array();
        for (SeriesDifference d : IndicatorComparison.differences(values)) {
            ObjectNode node = out.addObject();
            node.put("subject", d.first().subject());
            node.put("measure", d.first().measure());
            node.put("unit", d.first().unit());
            node.set("first", side(d.first()));
            node.set("second", side(d.second()));
            node.put("difference", d.difference());
            if (d.percentOfFirst() == null) {
                node.putNull("percent_of_first");
            } else {
                node.put("percent_of_first", d.percentOfFirst());
            }
            node.put("same_period", d.samePeriod());
            node.put("period_note", d.periodNote());
        }
        return out;
    }

    private static ObjectNode side(IndicatorValue v) {
        ObjectNode node = Json.object();
        node.put("id", v.id());
        node.put("reporter", v.reporter());
        node.put("period", v.period().label());
        node.put("value", v.value());
        return node;
    }

    /** Whether {@code b} is the whole year (calendar or fiscal) right after {@code a}. */
    private static boolean followsYearOnYear(IndicatorValue a, IndicatorValue b) {
        PeriodType type = a.period().type();
        return type == b.period().type() && (type == PeriodType.CALENDAR_YEAR || type == PeriodType.FISCAL_YEAR)
                && a.period().end().plusDays(1).equals(b.period().start())
                && a.unit().equals(b.unit()) && !a.unit().equals("percent");
    }

    private void projectSummary(Context ctx) {
        Params params = Params.of(ctx, "by", "phase", "pillar", "sector", "status");
        SummaryDimension dimension = params.enumValue("by", SummaryDimension.class).orElse(SummaryDimension.SECTOR);
        ProjectFilter filter = new ProjectFilter(LayerApi.phase(params), params.enumValue("pillar", Pillar.class).orElse(null),
                params.enumValue("sector", Sector.class).orElse(null),
                params.enumValue("status", ProjectStatus.class).orElse(null));
        Dataset dataset = observatory().dataset();
        ProjectSummary summary = new ProjectRegistry(dataset.projects())
                .summarize(filter, dimension, new PublishedLists(dataset.indicators()));
        ctx.json(ProjectSummaryJson.answer(summary, dataset.sourcesById()));
    }
}
