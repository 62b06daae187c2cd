package corridor.api.monitor;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.GeoJson;
import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import corridor.monitor.indicator.IndicatorKey;
import corridor.monitor.indicator.Subject;
import corridor.monitor.indicator.Tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        List<ObjectNode> features = new ArrayList<>();
        for (Link link : dataset.links()) {
            feature(tallies, new IndicatorKey(Subject.LINK, link.id(), m), link.name(),
                    GeoJson.lineString(link.geometry().points())).ifPresent(features::add);
        }
        for (Place place : dataset.places()) {
            for (Subject subject : new Subject[]{Subject.BORDER_CROSSING, Subject.PORT, Subject.TERMINAL}) {
                feature(tallies, new IndicatorKey(subject, place.id(), m), place.name(),
                        GeoJson.point(place.location())).ifPresent(features::add);
            }
        }
        try {
            return JSON.writeValueAsString(GeoJson.collection(features));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The feature of {@code key}'s indicators at {@code geometry}; empty when nothing was observed there. */
    private static Optional<ObjectNode> feature(Map<IndicatorKey, Tally> tallies, IndicatorKey key, String name,
                                                ObjectNode geometry) {
        Tally tally = tallies.get(key);
        if (tally == null) {
            return Optional.empty();
        }
        Indicator indicator = Indicator.of(key, tally);
        ObjectNode properties = JSON.createObjectNode();
        properties.put("id", key.id());
        properties.put("name", name);
        properties.put("subject", key.subject().label());
        properties.put("month", key.month());
        for (IndicatorDefinition d : IndicatorDefinition.in(IndicatorDefinition.View.MAP)) {
            if (d.appliesTo(key.subject())) {
                IndicatorJson.put(properties, d, indicator);
            }
        }
        return Optional.of(GeoJson.feature(null, geometry, properties));
    }
}
