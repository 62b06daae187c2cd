package corridor.monitor.indicator;

import corridor.model.network.BorderService;
import corridor.model.Dataset;
import corridor.model.network.HubService;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.model.source.Provenance;
import corridor.monitor.trip.HubKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dataset whose typical values are replaced by observed ones, so that routing plans follow
 * measured reality: a link's {@code speedKmh} becomes its observed speed with delay (SWD), a
 * port's or terminal's {@code dwellHours} its observed mean dwell, a border crossing's
 * {@code crossingHours} its observed mean crossing time. Values with fewer than
 * {@code minCount} observations are left as they were. Each replaced record says so in its note.
 */
public final class ObservedDataset {

    private ObservedDataset() {
    }

    /**
     * @param dataset    the dataset to adjust
     * @param aggregates the observations
     * @param month      only this month ({@code YYYY-MM}), or null for all months together
     * @param minCount   fewest observations for a value to be used (at least 1)
     */
    public static Dataset apply(Dataset dataset, Aggregates aggregates, String month, int minCount) {
        Map<IndicatorKey, Tally> tallies = month == null ? Indicator.overAllMonths(aggregates) : aggregates.tallies();
        String m = month == null ? "all" : month;
        List<Link> links = new ArrayList<>();
        for (Link link : dataset.links()) {
            Tally t = tallies.get(new IndicatorKey(Subject.LINK, link.id(), m));
            Indicator ind = t == null ? null : Indicator.of(new IndicatorKey(Subject.LINK, link.id(), m), t);
            if (ind == null || ind.count() < Math.max(1, minCount) || ind.swdKmh() == null) {
                links.add(link);
                continue;
            }
            links.add(new Link(link.id(), link.name(), link.mode(), link.fromId(), link.toId(), link.distanceKm(),
                    round(ind.swdKmh()), link.designSpeedKmh(), link.costUsdPerTonneKm(), link.co2KgPerTonneKm(),
                    link.status(), link.projectId(), link.supersededBy(), link.geometry(),
                    noted(link.provenance(), String.format(Locale.ROOT,
                            "speed_kmh observed: speed with delay over %d passes (%s)", ind.count(), m)),
                    link.geometryLengthReason(), link.roadClass(), link.terrain()));
        }
        List<Place> places = new ArrayList<>();
        Map<String, HubKind> kinds = HubKind.classify(dataset);
        for (Place place : dataset.places()) {
            places.add(observedPlace(place, kinds.get(place.id()), tallies, m, Math.max(1, minCount)));
        }
        return dataset.withLinks(links).withPlaces(places);
    }

    private static Place observedPlace(Place place, HubKind kind, Map<IndicatorKey, Tally> tallies, String m,
                                       int minCount) {
        if (kind == null) {
            return place;
        }
        IndicatorKey key = new IndicatorKey(Subject.of(kind), place.id(), m);
        Tally t = tallies.get(key);
        if (t == null || t.count() < minCount) {
            return place;
        }
        double hours = round(Indicator.of(key, t).meanHours());
        String note = String.format(Locale.ROOT, "%s observed: mean over %d visits (%s)",
                kind == HubKind.BORDER_CROSSING ? "crossing_hours" : "dwell_hours", t.count(), m);
        HubService hub = place.hub();
        BorderService border = place.border();
        if (kind == HubKind.BORDER_CROSSING) {
            border = border == null ? new BorderService(hours, null, null, null)
                    : new BorderService(hours, border.feesUsdPerTonne(), border.costYear(), border.calendar());
        } else {
            hub = hub == null ? new HubService(hours, null, null)
                    : new HubService(hours, hub.handlingCostUsdPerTonne(), hub.costYear());
        }
        return new Place(place.id(), place.name(), place.aliases(), place.kind(), place.location(), place.country(),
                place.province(), hub, border, noted(place.provenance(), note));
    }

    private static Provenance noted(Provenance p, String note) {
        return new Provenance(p.sourceIds(), p.confidence(), p.note().isEmpty() ? note : p.note() + "; " + note);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
