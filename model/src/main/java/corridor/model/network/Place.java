package corridor.model.network;

import corridor.model.geo.GeoPoint;
import corridor.model.source.Provenance;

import java.util.List;
import java.util.Optional;

/**
 * A named point of the corridor: a city, port, dry port, rail terminal, border crossing,
 * special economic zone, mine or power plant.
 *
 * @param id         unique key
 * @param name       display name
 * @param aliases    other spellings a user may type (Kashi for Kashgar, Sust for Sost)
 * @param kind       what the place is
 * @param location   where it is
 * @param country    ISO 3166-1 alpha-2 code
 * @param province   province or region, empty when not applicable
 * @param hub        transfer dwell and handling cost, for hubs; {@code null} otherwise
 * @param border     crossing time, fees and calendar, for border crossings; for a road junction that is a
 *                   mountain pass closed in winter, its calendar alone (no crossing time nor fees);
 *                   {@code null} otherwise
 * @param provenance sources and confidence
 */
public record Place(String id, String name, List<String> aliases, PlaceKind kind, GeoPoint location,
                    String country, String province, HubService hub, BorderService border,
                    Provenance provenance) {

    public Place {
        aliases = List.copyOf(aliases);
    }

    public Optional<HubService> hubService() {
        return Optional.ofNullable(hub);
    }

    public Optional<BorderService> borderService() {
        return Optional.ofNullable(border);
    }

    /** The opening calendar of a border crossing or a seasonal mountain pass, or always open. */
    public OpeningCalendar calendar() {
        return border == null || border.calendar() == null ? OpeningCalendar.ALWAYS_OPEN : border.calendar();
    }
}
