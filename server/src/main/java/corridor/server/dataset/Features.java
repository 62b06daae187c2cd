package corridor.server.dataset;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.SourceJson;
import corridor.model.geo.GeoPoint;
import corridor.model.record.Incident;
import corridor.model.record.IndicatorValue;
import corridor.model.network.Link;
import corridor.model.record.MineralArea;
import corridor.model.network.OpeningRule;
import corridor.model.network.Place;
import corridor.model.record.Project;
import corridor.model.source.Provenance;
import corridor.model.source.Source;
import corridor.server.http.Json;

import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Model records as GeoJSON features whose properties use the names of {@code data/DATASET.md},
 * with each record's sources resolved (publisher, title, date, link, publisher type) so that a
 * client can show them without a second request. Unknown values are JSON {@code null}.
 */
public final class Features {

    private final Map<String, Source> sources;

    Features(Map<String, Source> sources) {
        this.sources = Map.copyOf(sources);
    }

    ObjectNode collection(List<ObjectNode> features) {
        ObjectNode collection = Json.object();
        collection.put("type", "FeatureCollection");
        collection.putArray("features").addAll(features);
        return collection;
    }

    ObjectNode place(Place place) {
        ObjectNode p = Json.object();
        p.put("id", place.id());
        p.put("name", place.name());
        p.put("aliases", String.join(";", place.aliases()));
        p.put("kind", lower(place.kind()));
        p.put("country", place.country());
        p.put("province", place.province());
        place.hubService().ifPresent(hub -> {
            p.put("dwell_hours", hub.dwellHours());
            p.put("handling_cost_usd_per_tonne", hub.handlingCostUsdPerTonne());
            p.put("cost_year", hub.costYear());
        });
        place.borderService().ifPresent(border -> {
            p.put("crossing_hours", border.crossingHours());
            p.put("crossing_fee_usd_per_tonne", border.feesUsdPerTonne());
            p.put("cost_year", border.costYear());
            ArrayNode calendar = p.putArray("calendar");
            place.calendar().rules().forEach(rule -> calendar.add(rule(rule)));
        });
        provenance(p, place.provenance());
        return feature(point(place.location()), p);
    }

    private ObjectNode rule(OpeningRule rule) {
        ObjectNode r = Json.object();
        r.put("from", rule.fromText());
        r.put("to", rule.toText());
        ArrayNode months = r.putArray("open_months");
        rule.openMonths().stream().map(Month::getValue).forEach(months::add);
        ArrayNode closed = r.putArray("closed_weekdays");
        rule.closedDays().stream().sorted()
                .map(d -> d.getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH).toLowerCase(java.util.Locale.ROOT))
                .forEach(closed::add);
        provenance(r, rule.provenance());
        return r;
    }

    ObjectNode link(Link link) {
        ObjectNode p = Json.object();
        p.put("id", link.id());
        p.put("name", link.name());
        p.put("mode", lower(link.mode()));
        p.put("from", link.fromId());
        p.put("to", link.toId());
        p.put("distance_km", link.distanceKm());
        p.put("length_km", link.lengthKm());
        p.put("speed_kmh", link.speedKmh());
        p.put("design_speed_kmh", link.designSpeedKmh());
        p.put("cost_usd_per_tonne_km", link.costUsdPerTonneKm());
        p.put("co2_kg_per_tonne_km", link.co2KgPerTonneKm());
        p.put("status", lower(link.status()));
        p.put("project", link.projectId());
        p.put("superseded_by", String.join(";", link.supersededBy()));
        p.put("length_from_geometry", link.geometryLengthReason());
        p.put("road_class", link.roadClass() == null ? null : lower(link.roadClass()));
        provenance(p, link.provenance());
        ObjectNode geometry = Json.object();
        geometry.put("type", "LineString");
        ArrayNode coordinates = geometry.putArray("coordinates");
        link.geometry().points().forEach(point -> coordinates.add(position(point)));
        return feature(geometry, p);
    }

    ObjectNode project(Project project) {
        ObjectNode p = Json.object();
        p.put("id", project.id());
        p.put("name", project.name());
        p.put("phase", project.phase());
        p.put("pillar", project.pillar() == null ? null : lower(project.pillar()));
        p.put("sector", lower(project.sector()));
        p.put("status", lower(project.status()));
        p.put("cost_amount", project.cost() == null ? null : project.cost().amount());
        p.put("cost_currency", project.cost() == null ? null : project.cost().currency());
        p.put("cost_year", project.cost() == null ? null : project.cost().year());
        p.put("capacity_value", project.capacityValue());
        p.put("capacity_unit", project.capacityUnit());
        p.put("jobs", project.jobs());
        p.put("place", project.placeId());
        p.put("start", project.start());
        p.put("completion", project.completion());
        ArrayNode aiddata = p.putArray("aiddata_ids");
        project.aiddataIds().forEach(aiddata::add);
        provenance(p, project.provenance());
        return feature(project.location() == null ? null : point(project.location()), p);
    }

    ObjectNode incident(Incident incident) {
        ObjectNode p = Json.object();
        p.put("id", incident.id());
        p.put("date", incident.date().toString());
        p.put("place", incident.placeName());
        p.put("killed", incident.killed());
        p.put("injured", incident.injured());
        p.put("target", incident.target());
        p.put("claimed_by", incident.claimedBy());
        provenance(p, incident.provenance());
        return feature(point(incident.location()), p);
    }

    ObjectNode mineral(MineralArea area) {
        ObjectNode p = Json.object();
        p.put("id", area.id());
        p.put("name", area.name());
        p.put("minerals", String.join(";", area.minerals()));
        p.put("status", lower(area.status()));
        p.put("operator", area.operator());
        provenance(p, area.provenance());
        ObjectNode geometry;
        if (area.isArea()) {
            geometry = Json.object();
            geometry.put("type", "Polygon");
            ArrayNode ring = geometry.putArray("coordinates").addArray();
            area.outline().forEach(point -> ring.add(position(point)));
        } else {
            geometry = point(area.location());
        }
        return feature(geometry, p);
    }

    public ObjectNode indicator(IndicatorValue value) {
        ObjectNode v = Json.object();
        v.put("id", value.id());
        v.put("subject", value.subject());
        v.put("measure", value.measure());
        v.put("reporter", value.reporter());
        v.put("period", value.period().label());
        v.put("period_start", value.period().start().toString());
        v.put("period_end", value.period().end().toString());
        v.put("value", value.value());
        v.put("unit", value.unit());
        provenance(v, value.provenance());
        return v;
    }

    static ObjectNode source(Source source) {
        return SourceJson.source(source);
    }

    /** Adds confidence, note and the resolved sources; an id with no source says so. */
    void provenance(ObjectNode properties, Provenance provenance) {
        properties.put("confidence", lower(provenance.confidence()));
        properties.put("note", provenance.note());
        properties.set("sources", cited(provenance.sourceIds()));
    }

    /** The sources {@code ids} name, resolved; an id with no source says so ({@code "missing": true}). */
    ArrayNode cited(List<String> ids) {
        return SourceJson.cited(ids, sources);
    }

    private static ObjectNode feature(ObjectNode geometry, ObjectNode properties) {
        ObjectNode feature = Json.object();
        feature.put("type", "Feature");
        feature.put("id", properties.get("id").asText());
        feature.set("geometry", geometry);
        feature.set("properties", properties);
        return feature;
    }

    private static ObjectNode point(GeoPoint location) {
        ObjectNode geometry = Json.object();
        geometry.put("type", "Point");
        geometry.set("coordinates", position(location));
        return geometry;
    }

    private static ArrayNode position(GeoPoint point) {
        ArrayNode position = Json.array();
        position.add(point.longitude());
        position.add(point.latitude());
        return position;
    }

    static String lower(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static Map<String, Source> byId(List<Source> sources) {
        return sources.stream().collect(Collectors.toMap(Source::id, s -> s, (a, b) -> a));
    }
}
