package corridor.routing.graph;

import java.time.ZoneId;
import java.util.Map;

/**
 * The time zone of a country, for the clock of a route's departure ({@link TimedAccess}): the zone
 * the IANA time zone database (zone1970.tab) gives the country's capital, for the countries of the
 * built-in dataset and the OSM extracts the tests use. Each country listed keeps one UTC offset
 * throughout (China's one official time, Beijing time, holds in Xinjiang too). Thread-safe.
 */
final class CountryZones {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("PK", ZoneId.of("Asia/Karachi")),
            Map.entry("CN", ZoneId.of("Asia/Shanghai")),
            Map.entry("AF", ZoneId.of("Asia/Kabul")),
            Map.entry("IR", ZoneId.of("Asia/Tehran")),
            Map.entry("IN", ZoneId.of("Asia/Kolkata")),
            Map.entry("AE", ZoneId.of("Asia/Dubai")),
            Map.entry("OM", ZoneId.of("Asia/Muscat")),
            Map.entry("YE", ZoneId.of("Asia/Aden")),
            Map.entry("UZ", ZoneId.of("Asia/Tashkent")),
            Map.entry("LK", ZoneId.of("Asia/Colombo")),
            Map.entry("MY", ZoneId.of("Asia/Kuala_Lumpur")),
            Map.entry("SG", ZoneId.of("Asia/Singapore")),
            Map.entry("KE", ZoneId.of("Africa/Nairobi")),
            Map.entry("EG", ZoneId.of("Africa/Cairo")),
            Map.entry("GR", ZoneId.of("Europe/Athens")),
            Map.entry("AD", ZoneId.of("Europe/Andorra")));

    /** The zone of an ISO 3166-1 alpha-2 country code, or {@code null} when unknown or not listed. */
    static ZoneId zone(String country) {
        return country == null ? null : ZONES.get(country);
    }

    private CountryZones() {
    }
}
