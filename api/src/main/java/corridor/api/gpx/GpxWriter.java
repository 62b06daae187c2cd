package corridor.api.gpx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes one GPX 1.1 document: metadata (name, description, copyright), waypoints, then one track of
 * segments, in the element order the GPX 1.1 schema requires. Coordinates are written with 7
 * decimals (about 1 cm), times in UTC. Not thread-safe: one writer per document.
 */
public final class GpxWriter {

    /** The {@code creator} attribute every document names. */
    public static final String CREATOR = "Corridor";

    /**
     * A point of a track segment or a waypoint.
     *
     * @param lat         latitude, degrees
     * @param lon         longitude, degrees
     * @param epochSecond its time, or {@code null}
     * @param name        its name (waypoints), or {@code null}
     */
    public record Point(double lat, double lon, Long epochSecond, String name) {
        /** A point without time or name. */
        public static Point at(double lat, double lon) {
            return new Point(lat, lon, null, null);
        }
    }

    private final String name;
    private final String description;
    private String copyrightAuthor;
    private String copyrightLicence;
    private final List<Point> waypoints = new ArrayList<>();
    private String trackName;
    private final List<List<Point>> segments = new ArrayList<>();

    /**
     * @param name        the document's name (metadata and track), not null
     * @param description what it is, or {@code null}
     */
    public GpxWriter(String name, String description) {
        this.name = name;
        this.description = description;
        this.trackName = name;
    }

    /** Credits the data's owner: {@code <copyright author>} with its licence's address. */
    public GpxWriter copyright(String author, String licenceUrl) {
        this.copyrightAuthor = author;
        this.copyrightLicence = licenceUrl;
        return this;
    }

    public GpxWriter waypoint(Point point) {
        waypoints.add(point);
        return this;
    }

    /** Adds a track segment (a run of points driven without a break); empty segments are left out. */
    public GpxWriter segment(List<Point> points) {
        if (!points.isEmpty()) {
            segments.add(List.copyOf(points));
        }
        return this;
    }

    /** The document as text. */
    public String text() {
        StringBuilder out = new StringBuilder(256 + 64 * segments.stream().mapToInt(List::size).sum());
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" creator=\"").append(CREATOR)
                .append("\"\n     xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n     xsi:schemaLocation="
                        + "\"http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd\">\n");
        out.append("  <metadata>\n");
        element(out, "    ", "name", name);
        if (description != null) {
            element(out, "    ", "desc", description);
        }
        if (copyrightAuthor != null) {
            out.append("    <copyright author=\"").append(escape(copyrightAuthor)).append("\">\n");
            element(out, "      ", "license", copyrightLicence);
            out.append("    </copyright>\n");
        }
        out.append("  </metadata>\n");
        for (Point w : waypoints) {
            point(out, "  ", "wpt", w);
        }
        if (!segments.isEmpty()) {
            out.append("  <trk>\n");
            element(out, "    ", "name", trackName);
            for (List<Point> segment : segments) {
                out.append("    <trkseg>\n");
                for (Point p : segment) {
                    point(out, "      ", "trkpt", p);
                }
                out.append("    </trkseg>\n");
            }
            out.append("  </trk>\n");
        }
        out.append("</gpx>\n");
        return out.toString();
    }

    private static void point(StringBuilder out, String indent, String tag, Point p) {
        out.append(indent).append('<').append(tag).append(String.format(Locale.ROOT, " lat=\"%.7f\" lon=\"%.7f\"",
                p.lat(), p.lon()));
        if (p.epochSecond() == null && p.name() == null) {
            out.append("/>\n");
            return;
        }
        out.append(">\n");
        // schema order: ele, time, ..., name
        if (p.epochSecond() != null) {
            element(out, indent + "  ", "time", Instant.ofEpochSecond(p.epochSecond()).toString());
        }
        if (p.name() != null) {
            element(out, indent + "  ", "name", p.name());
        }
        out.append(indent).append("</").append(tag).append(">\n");
    }

    private static void element(StringBuilder out, String indent, String tag, String text) {
        out.append(indent).append('<').append(tag).append('>').append(escape(text)).append("</").append(tag)
                .append(">\n");
    }

    /** Text escaped for XML content and attributes; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
