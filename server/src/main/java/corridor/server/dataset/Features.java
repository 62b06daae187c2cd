package corridor.server.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.GeoJson;
import corridor.api.JsonValues;
import corridor.api.SourceJson;
import corridor.model.network.Link;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.record.MineralArea;
import corridor.model.record.Money;
import corridor.model.record.Project;
import corridor.model.source.Provenance;
import corridor.model.source.Source;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Model records as GeoJSON features whose properties use the names of {@code data/DATASET.md},
 * with each record's sources resolved (publisher, title, date, link, publisher type) so that a
 * client can show them without a second request. Unknown values are JSON {@code null}. Each
 * record's properties are written by a record below whose components are the keys, in order, with
 * the provenance ({@code confidence}, {@code note}, {@code sources}) after them. Immutable; thread-safe.
 */
public final class Features {

    private final Map<String, Source> sources;

    Features(Map<String, Source> sources) {
        this.sources = Map.copyOf(sources);
    }

    ObjectNode place(Place place) {
        ObjectNode p = JsonValues.object(new PlaceProperties(place.id(), place.name(), String.join(";", place.aliases()),
                lower(place.kind()), place.country(), place.province()));
        place.hubService().ifPresent(hub -> p.setAll(JsonValues.object(new Hub(hub.dwellHours(),
                hub.handlingCostUsdPerTonne(), hub.costYear()))));
        place.borderService().ifPresent(border -> p.setAll(JsonValues.object(new Border(border.crossingHours(),
                border.feesUsdPerTonne(), border.costYear(), place.calendar().rules().stream().map(this::rule).toList()))));
        return feature(place.id(), GeoJson.point(place.location()), p, place.provenance());
    }

    private record PlaceProperties(String id, String name, String aliases, String kind, String country,
                                   String province) {
    }

    /** A hub's service; costs in US dollars of {@code cost_year}. */
    private record Hub(Double dwellHours, Double handlingCostUsdPerTonne, Integer costYear) {
    }

    /** A border's service and its opening calendar. */
    private record Border(Double crossingHours, Double crossingFeeUsdPerTonne, Integer costYear,
                          List<ObjectNode> calendar) {
    }

    private ObjectNode rule(OpeningRule rule) {
        ObjectNode r = JsonValues.object(new Rule(rule.fromText(), rule.toText(),
                rule.openMonths().stream().map(Month::getValue).toList(),
                rule.closedDays().stream().sorted()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT)).toList()));
        r.setAll(provenance(rule.provenance()));
        return r;
    }

    /** An opening rule: from and to (dates in the rule's own words), months open (1-12), weekdays closed (mon...). */
    private record Rule(String from, String to, List<Integer> openMonths, List<String> closedWeekdays) {
    }

    ObjectNode link(Link link) {
        ObjectNode p = JsonValues.object(new LinkProperties(link.id(), link.name(), lower(link.mode()), link.fromId(),
                link.toId(), link.distanceKm(), link.lengthKm(), link.speedKmh(), link.designSpeedKmh(),
                link.costUsdPerTonneKm(), link.co2KgPerTonneKm(), lower(link.status()), link.projectId(),
                String.join(";", link.supersededBy()), link.geometryLengthReason(), lower(link.roadClass())));
        return feature(link.id(), GeoJson.lineString(link.geometry().points()), p, link.provenance());
    }

    private record LinkProperties(String id, String name, String mode, String from, String to, Double distanceKm,
                                  double lengthKm, Double speedKmh, Double designSpeedKmh,
                                  Double costUsdPerTonneKm, Double co2KgPerTonneKm, String status, String project,
                                  String supersededBy, String lengthFromGeometry, String roadClass) {
    }

    ObjectNode project(Project project) {
        Optional<Money> cost = Optional.ofNullable(project.cost());
        ObjectNode p = JsonValues.object(new ProjectProperties(project.id(), project.name(), project.phase(),
                lower(project.pillar()), lower(project.sector()), lower(project.status()),
                cost.map(Money::amount).orElse(null), cost.map(Money::currency).orElse(null),
                cost.map(Money::year).orElse(null), project.capacityValue(), project.capacityUnit(), project.jobs(),
                project.placeId(), project.start(), project.completion(), project.aiddataIds()));
        return feature(project.id(), project.location() == null ? null : GeoJson.point(project.location()), p,
                project.provenance());
    }

    private record ProjectProperties(String id, String name, String phase, String pillar, String sector,
                                     String status, Double costAmount, String costCurrency, Integer costYear,
                                     Double capacityValue, String capacityUnit, Integer jobs, String place,
                                     String start, String completion, List<String> aiddataIds) {
    }

    ObjectNode incident(Incident incident) {
        ObjectNode p = JsonValues.object(new IncidentProperties(incident.id(), incident.date().toString(),
                incident.placeName(), incident.killed(), incident.injured(), incident.target(), incident.claimedBy()));
        return feature(incident.id(), GeoJson.point(incident.location()), p, incident.provenance());
    }

    private record IncidentProperties(String id, String date, String place, Integer killed, Integer injured,
                                      String target, String claimedBy) {
    }

    ObjectNode mineral(MineralArea area) {
        ObjectNode p = JsonValues.object(new MineralProperties(area.id(), area.name(), String.join(";", area.minerals()),
                lower(area.status()), area.operator()));
        ObjectNode geometry = area.isArea()
                ? GeoJson.polygon(area.outline())
                : GeoJson.point(area.location());
        return feature(area.id(), geometry, p, area.provenance());
    }

    private record MineralProperties(String id, String name, String minerals, String status, String operator) {
    }

    /** An indicator value with its provenance (not a feature: it has no location). */
    public ObjectNode indicator(IndicatorValue value) {
        ObjectNode v = JsonValues.object(new IndicatorProperties(value.id(), value.subject(), value.measure(),
                value.reporter(), value.period().label(), value.period().start().toString(),
                value.period().end().toString(), value.value(), value.unit()));
        v.setAll(provenance(value.provenance()));
        return v;
    }

    private record IndicatorProperties(String id, String subject, String measure, String reporter, String period,
                                       String periodStart, String periodEnd, double value, String unit) {
    }

    /** Confidence, note and the resolved sources; an id with no source says so ({@code "missing": true}). */
    private ObjectNode provenance(Provenance provenance) {
        return JsonValues.object(new ProvenanceProperties(lower(provenance.confidence()), provenance.note(),
                SourceJson.cited(provenance.sourceIds(), sources)));
    }

    private record ProvenanceProperties(String confidence, String note, ArrayNode sources) {
    }

    /** A feature with the record's id, its {@code properties} followed by its provenance. */
    private ObjectNode feature(String id, ObjectNode geometry, ObjectNode properties, Provenance provenance) {
        properties.setAll(provenance(provenance));
        return GeoJson.feature(id, geometry, properties);
    }

    private static String lower(Enum<?> value) {
        return JsonValues.lower(value);
    }

    static Map<String, Source> byId(List<Source> sources) {
        return sources.stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
    }
}
