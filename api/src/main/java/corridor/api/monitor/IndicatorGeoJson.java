package corridor.api.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.IndicatorKey;
import corridor.monitor.indicator.Subject;
import corridor.monitor.indicator.Tally;

import java.util.Map;

/**
 * The indicators as GeoJSON for a map: each observed link as a LineString with its speeds (to
 * colour it by speed with delay), each observed hub as a Point with its crossing or dwell time.
 * The properties are those the table shows on the map ({@link IndicatorDefinition.View#MAP}) that
 * apply to the feature's subject. Months are summed when {@code month} is null. Stateless and
 * thread-safe.
 */
public final class IndicatorGeoJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IndicatorGeoJson() {
    }

    /** A FeatureCollection of the dataset's observed links and hubs. */
    public static String of(Dataset dataset, Aggregates aggregates, String month) {
        Map<IndicatorKey, Tally> tallies = month == null ? Indicator.overAllMonths(aggregates) : aggregates.tallies();
        String m = month == null ? "all" : month;
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (Link link : dataset.links()) {
            IndicatorKey key = new IndicatorKey(Subject.LINK, link.id(), m);
            Tally tally = tallies.get(key);
            if (tally == null) {
                continue;
            }
            ObjectNode feature = feature(features, Indicator.of(key, tally), link.name());
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "LineString");
            ArrayNode coordinates = geometry.putArray("coordinates");
            for (GeoPoint p : link.geometry().points()) {
                coordinates.addArray().add(p.longitude()).add(p.latitude());
            }
        }
        for (Place place : dataset.places()) {
            for (Subject subject : new Subject[]{Subject.BORDER_CROSSING, Subject.PORT, Subject.TERMINAL}) {
                IndicatorKey key = new IndicatorKey(subject, place.id(), m);
                Tally tally = tallies.get(key);
                if (tally == null) {
                    continue;
                }
                ObjectNode feature = feature(features, Indicator.of(key, tally), place.name());
                ObjectNode geometry = feature.putObject("geometry");
                geometry.put("type", "Point");
                geometry.putArray("coordinates").add(place.location().longitude()).add(place.location().latitude());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode feature(ArrayNode features, Indicator indicator, String name) {
        ObjectNode feature = features.addObject();
        feature.put("type", "Feature");
        ObjectNode properties = feature.putObject("properties");
        properties.put("id", indicator.key().id());
        properties.put("name", name);
        properties.put("subject", indicator.key().subject().label());
        properties.put("month", indicator.key().month());
        for (IndicatorDefinition d : IndicatorDefinition.in(IndicatorDefinition.View.MAP)) {
            if (d.appliesTo(indicator.key().subject())) {
                IndicatorJson.put(properties, d, indicator);
            }
        }
        return feature;
    }
}
