package corridor.monitor.ingest;

import corridor.model.InputException;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;

/**
 * Reads GPS pings from GPX 1.0 or 1.1 track points, streaming with StAX (constant memory).
 *
 * <p>Each {@code <trk>} is one vehicle, named by its {@code <name>}; a track without a name takes
 * the default vehicle id given (usually the file name). A track point needs {@code lat},
 * {@code lon} and a {@code <time>} with a zone; GPX 1.0's {@code <speed>} (metres per second) and
 * {@code <course>} are read when present.
 */
public final class GpxPingReader {

    private GpxPingReader() {
    }

    /**
     * @param in               the GPX document; not closed
     * @param where            the input's name for messages
     * @param defaultVehicleId the vehicle of tracks without a name
     * @param settings         the thresholds ("now", clock skew)
     * @param sink             receives every track point, accepted or rejected
     * @throws InputException when the document is not well-formed XML
     */
    public static void read(InputStream in, String where, String defaultVehicleId, MonitorSettings settings,
                            PingSink sink) {
        PingChecks checks = new PingChecks(settings, where);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(in);
            new Walker(xml, checks, defaultVehicleId, sink).walk();
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputException(where + " line " + line, "", "not well-formed GPX: " + e.getMessage());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader never loses data
                }
            }
        }
    }

    /** The state of one pass through the document. */
    private static final class Walker {
        private final XMLStreamReader xml;
        private final PingChecks checks;
        private final String defaultVehicleId;
        private final PingSink sink;
        private String trackName;
        private boolean inTrack;
        private boolean inPoint;
        private long pointLine;
        private String latText;
        private String lonText;
        private String timeText;
        private String speedText;
        private String courseText;

        Walker(XMLStreamReader xml, PingChecks checks, String defaultVehicleId, PingSink sink) {
            this.xml = xml;
            this.checks = checks;
            this.defaultVehicleId = defaultVehicleId;
            this.sink = sink;
        }

        void walk() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    start(xml.getLocalName());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    end(xml.getLocalName());
                }
            }
        }

        private void start(String name) throws XMLStreamException {
            switch (name) {
                case "trk" -> {
                    inTrack = true;
                    trackName = null;
                }
                case "name" -> {
                    if (inTrack && !inPoint) {
                        trackName = xml.getElementText().trim();
                    }
                }
                case "trkpt" -> {
                    inPoint = true;
                    pointLine = xml.getLocation().getLineNumber();
                    latText = xml.getAttributeValue(null, "lat");
                    lonText = xml.getAttributeValue(null, "lon");
                    timeText = null;
                    speedText = null;
                    courseText = null;
                }
                case "time" -> {
                    if (inPoint) {
                        timeText = xml.getElementText().trim();
                    }
                }
                case "speed" -> {
                    if (inPoint) {
                        speedText = xml.getElementText().trim();
                    }
                }
                case "course" -> {
                    if (inPoint) {
                        courseText = xml.getElementText().trim();
                    }
                }
                default -> {
                }
            }
        }

        private void end(String name) {
            if (name.equals("trk")) {
                inTrack = false;
            } else if (name.equals("trkpt")) {
                inPoint = false;
                emitPoint();
            }
        }

        private void emitPoint() {
            String vehicle = trackName == null || trackName.isEmpty() ? defaultVehicleId : trackName;
            String field = "lat";
            try {
                double lat = number(latText, "lat");
                field = "lon";
                double lon = number(lonText, "lon");
                field = "time";
                if (timeText == null) {
                    throw new IllegalArgumentException("the track point has no <time>");
                }
                long epochSecond = Timestamps.parseEpochSecond(timeText);
                field = "speed";
                double speedKmh = speedText == null ? Double.NaN : number(speedText, "speed") * 3.6;
                field = "course";
                double heading = courseText == null ? Double.NaN : number(courseText, "course");
                checks.offer(vehicle, epochSecond, lat, lon, speedKmh, heading, pointLine, sink);
            } catch (NumberFormatException e) {
                sink.reject(new Rejection(checks.where(), pointLine, vehicle, RejectReason.UNPARSEABLE,
                        field + " is not a number: " + e.getMessage()));
            } catch (IllegalArgumentException e) {
                sink.reject(new Rejection(checks.where(), pointLine, vehicle, RejectReason.UNPARSEABLE,
                        field + ": " + e.getMessage()));
            }
        }

        private static double number(String text, String what) {
            if (text == null || text.isBlank()) {
                throw new NumberFormatException(what + " is missing");
            }
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : Double.NaN;
        }
    }
}
