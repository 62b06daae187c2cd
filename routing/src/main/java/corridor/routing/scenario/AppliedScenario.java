package corridor.routing.scenario;

import corridor.model.network.BorderService;
import corridor.model.Dataset;
import corridor.model.network.HubService;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.network.Place;
import corridor.routing.graph.RoutingParameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A dataset with a scenario's changes made, the places it closes, and a line per change for people.
 *
 * @param dataset      the changed dataset (closed links removed)
 * @param closedPlaces ids of places the scenario closes: routes must not pass them
 * @param changes      what changed, one line each ("ml1-karachi-rohri: speed 60 → 120 km/h")
 */
public record AppliedScenario(Dataset dataset, Set<String> closedPlaces, List<String> changes) {

    public AppliedScenario {
        closedPlaces = Set.copyOf(closedPlaces);
        changes = List.copyOf(changes);
    }

    /**
     * Makes {@code scenario}'s changes to {@code base}.
     *
     * @param where names the scenario in errors (its file)
     * @throws InputException when a change names a link, project or place the dataset does not
     *                        have, or asks for a value the record cannot take (a design speed it lacks)
     */
    public static AppliedScenario apply(Scenario scenario, Dataset base, RoutingParameters parameters, String where) {
        List<String> changes = new ArrayList<>();
        Map<String, Link> links = new LinkedHashMap<>();
        base.links().forEach(l -> links.put(l.id(), l));
        for (int i = 0; i < scenario.links().size(); i++) {
            Scenario.LinkChange change = scenario.links().get(i);
            String path = "links[" + i + "]";
            List<Link> selected = links.values().stream().filter(l -> change.id() != null ? l.id().equals(change.id())
                    : l.projectId().equals(change.project())).toList();
            if (selected.isEmpty()) {
                throw new InputException(where, path + (change.id() != null ? ".id" : ".project"), "no link "
                        + (change.id() != null ? "with id '" + change.id() + "'" : "of project '" + change.project() + "'")
                        + " in the dataset");
            }
            if (change.useDesignSpeed() && change.project() != null
                    && selected.stream().noneMatch(l -> l.designSpeedKmh() != null)) {
                throw new InputException(where, path + ".use_design_speed", "no link of project '" + change.project()
                        + "' has a design speed");
            }
            for (Link link : selected) {
                if (change.useDesignSpeed() && change.project() != null && link.designSpeedKmh() == null) {
                    changes.add(link.id() + ": no design speed published, unchanged");
                    continue;
                }
                if (change.close()) {
                    links.remove(link.id());
                    changes.add(link.id() + ": closed");
                } else {
                    links.put(link.id(), changeLink(link, change, where, path, changes));
                }
            }
        }
        Map<String, Place> places = new LinkedHashMap<>();
        base.places().forEach(p -> places.put(p.id(), p));
        Set<String> closed = new LinkedHashSet<>();
        for (int i = 0; i < scenario.places().size(); i++) {
            Scenario.PlaceChange change = scenario.places().get(i);
            Place place = places.get(change.id());
            if (place == null) {
                throw new InputException(where, "places[" + i + "].id", "no place with id '" + change.id() + "' in the dataset");
            }
            if (change.close()) {
                closed.add(place.id());
                changes.add(place.id() + ": closed");
            }
            places.put(place.id(), changePlace(place, change, parameters, changes));
        }
        Dataset dataset = base.withLinks(new ArrayList<>(links.values())).withPlaces(new ArrayList<>(places.values()));
        return new AppliedScenario(dataset, closed, changes);
    }

    private static Link changeLink(Link l, Scenario.LinkChange c, String where, String path, List<String> changes) {
        var status = l.status();
        Double speed = l.speedKmh();
        if (c.status() != null && c.status() != status) {
            changes.add(l.id() + ": status " + lower(status) + " → " + lower(c.status()));
            status = c.status();
        }
        if (c.useDesignSpeed()) {
            if (l.designSpeedKmh() == null) {
                throw new InputException(where, path + ".use_design_speed", "link '" + l.id() + "' has no design speed");
            }
            changes.add(l.id() + ": speed " + speedText(speed) + " → design speed " + number(l.designSpeedKmh()) + " km/h");
            speed = l.designSpeedKmh();
        } else if (c.speedKmh() != null) {
            changes.add(l.id() + ": speed " + speedText(speed) + " → " + number(c.speedKmh()) + " km/h");
            speed = c.speedKmh();
        }
        Double cost = l.costUsdPerTonneKm();
        if (c.costUsdPerTonneKm() != null) {
            changes.add(l.id() + ": cost → " + c.costUsdPerTonneKm() + " US$/t-km");
            cost = c.costUsdPerTonneKm();
        }
        Double co2 = l.co2KgPerTonneKm();
        if (c.co2KgPerTonneKm() != null) {
            changes.add(l.id() + ": CO2 → " + c.co2KgPerTonneKm() + " kg/t-km");
            co2 = c.co2KgPerTonneKm();
        }
        return new Link(l.id(), l.name(), l.mode(), l.fromId(), l.toId(), l.distanceKm(), speed, l.designSpeedKmh(), cost,
                co2, status, l.projectId(), l.supersededBy(), l.geometry(), l.provenance(), l.geometryLengthReason(),
                l.roadClass(), l.terrain());
    }

    private static Place changePlace(Place p, Scenario.PlaceChange c, RoutingParameters parameters, List<String> changes) {
        HubService hub = p.hub();
        if (c.dwellHours() != null || c.dwellFactor() != null || c.handlingCostUsdPerTonne() != null) {
            HubService old = hub == null ? new HubService(null, null, null) : hub;
            Double dwell = old.dwellHours();
            if (c.dwellHours() != null) {
                changes.add(p.id() + ": dwell " + hoursText(dwell, parameters) + " → " + number(c.dwellHours()) + " h");
                dwell = c.dwellHours();
            } else if (c.dwellFactor() != null) {
                double from = dwell != null ? dwell : parameters.defaultDwellHours();
                changes.add(p.id() + ": dwell " + hoursText(dwell, parameters) + " × " + number(c.dwellFactor()) + " = "
                        + number(from * c.dwellFactor()) + " h");
                dwell = from * c.dwellFactor();
            }
            Double handling = old.handlingCostUsdPerTonne();
            if (c.handlingCostUsdPerTonne() != null) {
                changes.add(p.id() + ": handling → " + number(c.handlingCostUsdPerTonne()) + " US$/t");
                handling = c.handlingCostUsdPerTonne();
            }
            hub = new HubService(dwell, handling, old.costYear());
        }
        BorderService border = p.border();
        if (c.crossingHours() != null || c.crossingFeeUsdPerTonne() != null) {
            BorderService old = border == null ? new BorderService(null, null, null, null) : border;
            Double hours = c.crossingHours() != null ? c.crossingHours() : old.crossingHours();
            Double fee = c.crossingFeeUsdPerTonne() != null ? c.crossingFeeUsdPerTonne() : old.feesUsdPerTonne();
            if (c.crossingHours() != null) {
                changes.add(p.id() + ": crossing " + number(c.crossingHours()) + " h");
            }
            if (c.crossingFeeUsdPerTonne() != null) {
                changes.add(p.id() + ": crossing fees " + number(c.crossingFeeUsdPerTonne()) + " US$/t");
            }
            border = new BorderService(hours, fee, old.costYear(), old.calendar(), old.truckRule());
        }
        return new Place(p.id(), p.name(), p.aliases(), p.kind(), p.location(), p.country(), p.province(), hub, border,
                p.provenance());
    }

    private static String hoursText(Double dwell, RoutingParameters parameters) {
        return dwell != null ? number(dwell) + " h" : "default " + number(parameters.defaultDwellHours()) + " h";
    }

    private static String speedText(Double speed) {
        return speed == null ? "mode default" : number(speed) + " km/h";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
