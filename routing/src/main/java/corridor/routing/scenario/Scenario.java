package corridor.routing.scenario;

import corridor.model.network.LinkStatus;
import corridor.routing.graph.NetworkFilter;

import java.util.List;

/**
 * A change to the network: links opened, closed or changed, places closed or changed. Written in
 * YAML or JSON (JSON is YAML too) and read by {@code corridor.routing.io.ScenarioReader}:
 *
 * <pre>
 * name: Gwadar dwell halved
 * description: what it models and why
 * network: existing            # or with_planned: the network before and after
 * links:                       # each selects by id or by project
 *   - id: kkh-thakot-raikot-realignment
 *     status: existing         # existing | under_construction | planned | superseded
 *   - id: kkh-thakot-raikot
 *     close: true
 *   - project: ml-1
 *     use_design_speed: true   # or speed_kmh: 120; cost_usd_per_tonne_km; co2_kg_per_tonne_km
 * places:
 *   - id: gwadar-port
 *     dwell_factor: 0.5        # or dwell_hours; handling_cost_usd_per_tonne; crossing_hours;
 *                              # crossing_fee_usd_per_tonne; close: true
 * </pre>
 *
 * @param name        short title
 * @param description what it models
 * @param network     the network before and after
 * @param links       link changes, in order
 * @param places      place changes, in order
 */
public record Scenario(String name, String description, NetworkFilter network, List<LinkChange> links,
                       List<PlaceChange> places) {

    public Scenario {
        links = List.copyOf(links);
        places = List.copyOf(places);
    }

    /**
     * A change to the links selected by id, or by the project that builds them. Null fields leave
     * the value as it is.
     */
    public record LinkChange(String id, String project, LinkStatus status, boolean close,
                             Double speedKmh, boolean useDesignSpeed, Double costUsdPerTonneKm,
                             Double co2KgPerTonneKm) {
    }

    /** A change to one place. Null fields leave the value as it is. */
    public record PlaceChange(String id, boolean close, Double dwellHours, Double dwellFactor,
                              Double handlingCostUsdPerTonne, Double crossingHours, Double crossingFeeUsdPerTonne) {
    }
}
