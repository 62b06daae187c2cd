package corridor.cli;

import corridor.evidence.Figures;
import corridor.evidence.NearLayer;
import corridor.evidence.NearbyItem;
import corridor.evidence.PlaceDistance;
import corridor.evidence.Proximity;
import corridor.model.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code corridor near}: mineral areas, incidents or projects within a distance of the corridor
 * (every link not superseded) or of named links, with, for mineral areas, the nearest seaport and
 * railhead.
 */
@Command(name = "near", mixinStandardHelpOptions = true,
        description = {"What lies within a distance of the corridor (every link not superseded) or of a route "
                + "(--of LINK[,LINK...]). Mineral areas also get the nearest seaport and railhead.",
                "Distances are great-circle (haversine, mean Earth radius) from a point, or from an area's outline, "
                        + "to the nearest segment of a link (cross-track distance); port and railhead distances are "
                        + "straight lines from the area's centre."})
final class NearCommand implements Runnable {

    private static final Pattern DISTANCE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(km)?\\s*", Pattern.CASE_INSENSITIVE);

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Option(names = "--layer", required = true, paramLabel = "LAYER", description = "minerals, incidents or projects")
    NearLayer layer;

    @Option(names = "--within", required = true, paramLabel = "DISTANCE", description = "a distance in km: 50km, 50")
    String within;

    @Option(names = "--of", paramLabel = "LINK[,LINK...]", description = "link ids of a route; default: the corridor")
    String of;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv (default: ${DEFAULT-VALUE})")
    EvidenceFormat.Output format;

    @Override
    public void run() {
        double withinKm = distanceKm(within);
        List<String> links = of == null || of.isBlank() ? List.of()
                : Arrays.stream(of.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<NearbyItem> items = new Proximity(data.dataset()).near(layer, withinKm, links);
        PrintWriter out = spec.commandLine().getOut();
        List<String> header = List.of("id", "name", "distance_km", "nearest_link", "nearest_port", "port_km",
                "nearest_railhead", "railhead_km");
        List<List<String>> rows = items.stream().map(NearCommand::row).toList();
        switch (format) {
            case JSON -> EvidenceFormat.json(out, items.stream().map(NearCommand::json).toList());
            case CSV -> EvidenceFormat.csv(out, header, rows);
            case TABLE -> {
                EvidenceFormat.table(out, header, rows);
                out.println(items.size() + " " + EvidenceFormat.name(layer) + " within " + Figures.plain(withinKm, 3)
                        + " km of " + (links.isEmpty() ? "the corridor (links not superseded)" : String.join(", ", links)));
            }
        }
    }

    static double distanceKm(String text) {
        Matcher m = DISTANCE.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw InputException.ofParameter("--within", "expected a distance in km such as 50km, got '" + text + "'");
        }
        return Double.parseDouble(m.group(1));
    }

    private static List<String> row(NearbyItem item) {
        PlaceDistance port = item.nearestPort();
        PlaceDistance rail = item.nearestRailhead();
        return List.of(item.id(), item.name(), km(item.distanceKm()), item.nearestLinkId(),
                port == null ? "" : port.placeId(), port == null ? "" : km(port.distanceKm()),
                rail == null ? "" : rail.placeId(), rail == null ? "" : km(rail.distanceKm()));
    }

    private static String km(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }

    private static Map<String, Object> json(NearbyItem item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("layer", EvidenceFormat.name(item.layer()));
        m.put("id", item.id());
        m.put("name", item.name());
        m.put("latitude", item.location().latitude());
        m.put("longitude", item.location().longitude());
        m.put("distanceKm", item.distanceKm());
        m.put("nearestLink", item.nearestLinkId());
        m.put("nearestPort", place(item.nearestPort()));
        m.put("nearestRailhead", place(item.nearestRailhead()));
        return m;
    }

    private static Map<String, Object> place(PlaceDistance place) {
        if (place == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", place.placeId());
        m.put("name", place.placeName());
        m.put("distanceKm", place.distanceKm());
        return m;
    }
}
