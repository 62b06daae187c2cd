package corridor.cli.evidence;

import corridor.api.near.NearJson;
import corridor.api.near.NearRequest;
import corridor.cli.common.FormattedCommand;
import corridor.evidence.check.Figures;
import corridor.evidence.proximity.NearbyItem;
import corridor.evidence.proximity.PlaceDistance;
import corridor.evidence.proximity.Proximity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

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
public final class NearCommand extends FormattedCommand<EvidenceFormat.Output> {

    @Option(names = "--layer", required = true, paramLabel = "LAYER", description = "minerals, incidents or projects")
    String layer;

    @Option(names = "--within", required = true, paramLabel = "DISTANCE",
            description = "a distance in km, 0 to 1000: 50km, 50")
    String within;

    @Option(names = "--of", paramLabel = "LINK[,LINK...]", description = "link ids of a route; default: the corridor")
    String of;

    @Override
    protected int call(EvidenceFormat.Output output) {
        NearRequest request = NearRequest.read(layer, within, of, NearRequest.Names.COMMAND_LINE, data.dataset());
        List<NearbyItem> items = new Proximity(data.dataset()).near(request.layer(), request.withinKm(),
                request.linkIds());
        PrintWriter out = out();
        List<String> header = List.of("id", "name", "distance_km", "nearest_link", "nearest_port", "port_km",
                "nearest_railhead", "railhead_km");
        List<List<String>> rows = items.stream().map(NearCommand::row).toList();
        switch (output) {
            case JSON -> EvidenceFormat.json(out, NearJson.answer(request, items)); // the document of GET /api/near
            case CSV -> EvidenceFormat.csv(out, header, rows);
            case TABLE -> {
                EvidenceFormat.table(out, header, rows);
                out.println(items.size() + " " + EvidenceFormat.name(request.layer()) + " within "
                        + Figures.plain(request.withinKm(), 3) + " km of " + (request.linkIds().isEmpty()
                        ? "the corridor (links not superseded)" : String.join(", ", request.linkIds())));
            }
        }
        return 0;
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
}
