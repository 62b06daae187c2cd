package corridor.api.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import corridor.model.InputException;
import corridor.monitor.trace.Trace;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a GPS trace from text, recognising its format by its first character: {@code <} GPX (1.0 or
 * 1.1; the track points of every {@code <trk>} in order, else the route points), {@code {} GeoJSON (a
 * LineString, as geometry, Feature or the first line of a FeatureCollection, times optional in the
 * feature's {@code coordTimes} or {@code times}; or a FeatureCollection of Points, times optional in each
 * {@code time} property), anything else CSV with a header naming {@code lat}/{@code latitude},
 * {@code lon}/{@code lng}/{@code longitude} and optionally {@code time}/{@code timestamp} (ISO 8601
 * with a zone, or epoch seconds). Times are all or none. Every refusal is an {@link InputException}
 * naming where (line, point or feature) and why. Stateless; thread-safe.
 */
public final class TraceText {

    /** The most points a trace may have. */
    public static final int MAX_POINTS = 50_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TraceText() {
    }

    /**
     * @param text  the trace's text
     * @param where how messages name the input (a file name, "request body")
     * @throws InputException when the text is not a trace: not well-formed, fewer than 2 points, more than
     *                        {@link #MAX_POINTS}, a coordinate or time that does not read, times on some points only
     */
    public static Trace read(String text, String where) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("\uFEFF")) {
            trimmed = trimmed.substring(1).stripLeading();
        }
        Points points = new Points(where);
        if (trimmed.isEmpty()) {
            throw new InputException(where, "", "is empty; expected a GPS trace as GPX, GeoJSON or CSV");
        } else if (trimmed.startsWith("<")) {
            gpx(trimmed, points);
        } else if (trimmed.startsWith("{")) {
            geoJson(trimmed, points);
        } else {
            csv(trimmed, points);
        }
        return points.trace();
    }

    /** Points as they are read, with the rules every format shares. */
    private static final class Points {
        private final String where;
        private final List<double[]> coordinates = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();
        private String firstWithout;
        private String firstWith;

        Points(String where) {
            this.where = where;
        }

        void add(String at, String latText, String lonText, String timeText) {
            if (coordinates.size() == MAX_POINTS) {
                throw new InputException(where, "", String.format(Locale.ROOT,
                        "has more than %,d points, the most a trace may have; split it", MAX_POINTS));
            }
            double lat = number(at, "lat", latText, 90);
            double lon = number(at, "lon", lonText, 180);
            coordinates.add(new double[] {lat, lon});
            if (timeText == null || timeText.isBlank()) {
                firstWithout = firstWithout == null ? at : firstWithout;
                times.add(null);
            } else {
                firstWith = firstWith == null ? at : firstWith;
                times.add(time(at, timeText.trim()));
            }
        }

        private double number(String at, String field, String text, double bound) {
            double value;
            try {
                value = Double.parseDouble(text == null ? "" : text.trim());
            } catch (NumberFormatException e) {
                throw new InputException(where + " " + at, field, "expected a number in degrees, got '" + text + "'");
            }
            if (!(value >= -bound && value <= bound)) {
                throw new InputException(where + " " + at, field, "must be within ±" + (int) bound + "°, got " + text);
            }
            return value;
        }

        private long time(String at, String text) {
            if (text.matches("-?\\d{1,12}(\\.\\d+)?")) {
                return (long) Math.floor(Double.parseDouble(text));
            }
            try {
                return OffsetDateTime.parse(text).toEpochSecond();
            } catch (DateTimeParseException e) {
                throw new InputException(where + " " + at, "time", "expected ISO 8601 with a zone (2024-05-01T08:30:00Z)"
                        + " or epoch seconds, got '" + text + "'");
            }
        }

        Trace trace() {
            if (coordinates.size() < 2) {
                throw new InputException(where, "", "has " + coordinates.size() + " point"
                        + (coordinates.size() == 1 ? "" : "s") + "; a trace needs at least 2");
            }
            if (firstWith != null && firstWithout != null) {
                throw new InputException(where + " " + firstWithout, "time", "has no time, but " + firstWith
                        + " has one; give every point a time or none");
            }
            int n = coordinates.size();
            double[] lat = new double[n];
            double[] lon = new double[n];
            long[] time = firstWith == null ? null : new long[n];
            for (int i = 0; i < n; i++) {
                lat[i] = coordinates.get(i)[0];
                lon[i] = coordinates.get(i)[1];
                if (time != null) {
                    time[i] = times.get(i);
                }
            }
            return new Trace(lat, lon, time);
        }
    }

    private static void gpx(String text, Points points) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<String[]> track = new ArrayList<>();
        List<String[]> route = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
            String[] point = null;
            boolean inTime = false;
            StringBuilder time = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("trkpt") || name.equals("rtept")) {
                        point = new String[] {xml.getAttributeValue(null, "lat"), xml.getAttributeValue(null, "lon"),
                                null, "line " + xml.getLocation().getLineNumber(), name};
                    } else if (point != null && name.equals("time")) {
                        inTime = true;
                        time.setLength(0);
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inTime) {
                    time.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (inTime && name.equals("time")) {
                        inTime = false;
                        point[2] = time.toString();
                    } else if (point != null && name.equals(point[4])) {
                        (name.equals("trkpt") ? track : route).add(point);
                        point = null;
                    }
                }
            }
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputException(points.where + " line " + line, "", "not well-formed GPX: " + e.getMessage());
        }
        for (String[] p : track.isEmpty() ? route : track) {
            points.add(p[3], p[0], p[1], p[2]);
        }
    }

    private static void geoJson(String text, Points points) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(points.where + " line " + line, "", "not well-formed JSON: " + e.getOriginalMessage());
        }
        String type = root.path("type").asText();
        switch (type) {
            case "LineString" -> line(root, null, "geometry", points);
            case "Feature" -> feature(root, "feature", points);
            case "FeatureCollection" -> collection(root, points);
            default -> throw new InputException(points.where, "type", "expected a GeoJSON LineString, Feature or "
                    + "FeatureCollection, got '" + type + "'");
        }
    }

    private static void collection(JsonNode root, Points points) {
        JsonNode features = root.path("features");
        boolean allPoints = features.size() > 0;
        for (JsonNode f : features) {
            allPoints &= "Point".equals(f.path("geometry").path("type").asText());
        }
        if (allPoints) {
            for (int i = 0; i < features.size(); i++) {
                JsonNode f = features.get(i);
                JsonNode c = f.path("geometry").path("coordinates");
                JsonNode time = f.path("properties").path("time");
                points.add("feature " + (i + 1), c.path(1).asText(null), c.path(0).asText(null),
                        time.isMissingNode() || time.isNull() ? null : time.asText());
            }
            return;
        }
        for (int i = 0; i < features.size(); i++) {
            if ("LineString".equals(features.get(i).path("geometry").path("type").asText())) {
                feature(features.get(i), "feature " + (i + 1), points);
                return;
            }
        }
        throw new InputException(points.where, "features", "has neither a LineString nor only Points");
    }

    private static void feature(JsonNode feature, String at, Points points) {
        JsonNode geometry = feature.path("geometry");
        if (!"LineString".equals(geometry.path("type").asText())) {
            throw new InputException(points.where + " " + at, "geometry", "expected a LineString, got '"
                    + geometry.path("type").asText() + "'");
        }
        JsonNode properties = feature.path("properties");
        JsonNode times = properties.has("coordTimes") ? properties.get("coordTimes") : properties.path("times");
        line(geometry, times.isArray() ? times : null, at, points);
    }

    private static void line(JsonNode geometry, JsonNode times, String at, Points points) {
        JsonNode coordinates = geometry.path("coordinates");
        if (times != null && times.size() != coordinates.size()) {
            throw new InputException(points.where + " " + at, "coordTimes", "has " + times.size() + " times for "
                    + coordinates.size() + " points");
        }
        for (int i = 0; i < coordinates.size(); i++) {
            JsonNode c = coordinates.get(i);
            points.add(at + " point " + (i + 1), c.path(1).asText(null), c.path(0).asText(null),
                    times == null ? null : times.get(i).asText());
        }
    }

    private static void csv(String text, Points points) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = new java.util.HashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.toLowerCase(Locale.ROOT), v));
            Integer lat = column(header, "lat", "latitude");
            Integer lon = column(header, "lon", "lng", "longitude");
            Integer time = column(header, "time", "timestamp");
            if (lat == null || lon == null) {
                throw new InputException(points.where + " line 1", "", "expected GPX, GeoJSON, or CSV with a header "
                        + "naming lat and lon (and optionally time); got the header " + parser.getHeaderNames());
            }
            for (CSVRecord record : parser) {
                String at = "line " + parser.getCurrentLineNumber();
                points.add(at, field(record, lat), field(record, lon), time == null ? null : field(record, time));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new InputException(points.where, "", "not readable CSV: " + e.getMessage());
        }
    }

    private static Integer column(Map<String, Integer> header, String... names) {
        for (String name : names) {
            if (header.containsKey(name)) {
                return header.get(name);
            }
        }
        return null;
    }

    private static String field(CSVRecord record, int column) {
        return column < record.size() ? record.get(column) : null;
    }
}
