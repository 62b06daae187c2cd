package corridor.api.near;

import corridor.evidence.proximity.NearLayer;
import corridor.model.Dataset;
import corridor.model.InputException;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What to look for near the corridor, read from text parameters with one set of rules and messages
 * for {@code corridor near} and {@code GET /api/near}: a layer (minerals, incidents or projects; any
 * case), a distance of 0 to {@link #MAX_WITHIN_KM} km written {@code 50}, {@code 50km} or
 * {@code 12.5 km}, and optionally the ids of the links to measure from (comma-separated, each a link
 * of the dataset). Errors name the parameter as the surface spells it ({@link Names}).
 *
 * @param layer    the layer to search
 * @param withinKm the distance, km
 * @param linkIds  the links to measure from; empty for the corridor (every link not superseded)
 */
public record NearRequest(NearLayer layer, double withinKm, List<String> linkIds) {

    /** Farthest search around the corridor, km: beyond it everything in the region is "near". */
    public static final double MAX_WITHIN_KM = 1000;

    private static final Pattern DISTANCE = Pattern.compile("\\s*(-?\\d{1,9}(?:\\.\\d{1,9})?)\\s*(?:km)?\\s*",
            Pattern.CASE_INSENSITIVE);

    /**
     * How a surface spells the parameters of a near request.
     *
     * @param layer  the layer
     * @param within the distance
     * @param of     the links to measure from
     */
    public record Names(String layer, String within, String of) {
        /** The query parameters of {@code GET /api/near}. */
        public static final Names API = new Names("layer", "withinKm", "of");
        /** The options of {@code corridor near}. */
        public static final Names COMMAND_LINE = new Names("--layer", "--within", "--of");
    }

    public NearRequest {
        linkIds = List.copyOf(linkIds);
    }

    /**
     * Reads a near request.
     *
     * @param layer   the layer as given; null when absent
     * @param within  the distance as given; null when absent
     * @param of      link ids separated by commas; null or blank for the whole corridor
     * @param dataset the dataset whose links {@code of} must name
     * @throws InputException naming the parameter at fault
     */
    public static NearRequest read(String layer, String within, String of, Names names, Dataset dataset) {
        NearLayer nearLayer = layer(layer, names.layer());
        double km = distanceKm(within, names.within());
        List<String> links = of == null ? List.of()
                : Arrays.stream(of.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String id : links) {
            if (dataset.link(id).isEmpty()) {
                throw InputException.ofParameter(names.of(), "unknown link '" + id + "'; give ids of the dataset's "
                        + "links, separated by commas");
            }
        }
        return new NearRequest(nearLayer, km, links);
    }

    private static NearLayer layer(String text, String name) {
        if (text == null || text.isBlank()) {
            throw InputException.ofParameter(name, "required; one of " + layers());
        }
        for (NearLayer value : NearLayer.values()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        throw InputException.ofParameter(name, "unknown layer '" + text.strip() + "'; expected one of " + layers());
    }

    private static String layers() {
        return String.join(", ", Arrays.stream(NearLayer.values()).map(v -> v.name().toLowerCase(Locale.ROOT)).toList());
    }

    private static double distanceKm(String text, String name) {
        if (text == null || text.isBlank()) {
            throw InputException.ofParameter(name, "required; a distance in km such as 50 or 50km");
        }
        Matcher m = DISTANCE.matcher(text);
        if (!m.matches()) {
            throw InputException.ofParameter(name, "not a distance: '" + text.strip() + "'; give kilometres such as 50 "
                    + "or 50km");
        }
        double km = Double.parseDouble(m.group(1));
        if (km < 0 || km > MAX_WITHIN_KM) {
            throw InputException.ofParameter(name, "must be between 0 and " + (int) MAX_WITHIN_KM + " km; got "
                    + text.strip());
        }
        return km;
    }
}
