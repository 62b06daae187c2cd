package corridor.api.gpx;

import corridor.api.match.MatchFormat;
import corridor.api.match.TraceMatching;
import corridor.model.geo.GreatCircle;
import corridor.model.network.RoadLayer;
import corridor.monitor.trace.TraceMatch;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every GPX document Corridor writes validates against the GPX 1.1 schema, read by a real XML schema validator. */
class GpxWriterTest {

    static final Path XSD = Path.of("src", "test", "resources", "gpx", "gpx.xsd");

    @Test
    void aTrackWithWaypointsTimesAndMarkupInNamesIsValidGpx11() throws Exception {
        String gpx = new GpxWriter("Route <A & B>", "a \"test\" route")
                .copyright("OpenStreetMap contributors", "https://opendatacommons.org/licenses/odbl/1-0/")
                .waypoint(new GpxWriter.Point(33.7, 73.05, null, "Islamabad"))
                .segment(List.of(new GpxWriter.Point(33.7, 73.05, 1_714_550_400L, null), GpxWriter.Point.at(33.71, 73.06)))
                .segment(List.of())
                .segment(List.of(GpxWriter.Point.at(-33.9, 179.9999999)))
                .text();
        new GpxSchema(XSD).validate(gpx);
        assertThat(gpx).contains("<name>Route &lt;A &amp; B&gt;</name>", "<time>2024-05-01T08:00:00Z</time>")
                .containsOnlyOnce("<trk>").contains("<trkseg>").doesNotContain("<trkseg>\n    </trkseg>");
    }

    @Test
    void theValidatorRefusesWhatIsNotGpx11() throws Exception {
        GpxSchema schema = new GpxSchema(XSD);
        // a waypoint after the track breaks the schema's order
        assertThatThrownBy(() -> schema.validate("<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" "
                + "creator=\"x\"><trk/><wpt lat=\"1\" lon=\"2\"/></gpx>")).isInstanceOf(SAXException.class);
        assertThatThrownBy(() -> schema.validate("<gpx xmlns=\"http://www.topografix.com/GPX/1/1\" version=\"1.1\" "
                + "creator=\"x\"><wpt lat=\"91\" lon=\"2\"/></gpx>")).isInstanceOf(SAXException.class);
    }

    @Test
    void aMatchedTraceAsGpxIsValidWithOneSegmentPerUnbrokenPart() throws Exception {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int a = b.junction(33.70, 73.05);
        int c = b.junction(33.71, 73.05);
        b.segment(a, c, 42, GreatCircle.distanceKm(33.70, 73.05, 33.71, 73.05) * 1000, 60, 0, 4, Float.NaN, Float.NaN,
                "N-5", "GT Road", new double[0], new double[0], 0);
        TraceMatching matching = new TraceMatching(b.build(new RoadLayer.Origin("osm-t", "t.osm.pbf", "ab", null,
                RoadLayer.Origin.ODBL)));
        TraceMatch match = matching.match("lat,lon\n33.7010,73.0501\n33.7050,73.0501\n33.7090,73.0499\n", "t.csv");

        String gpx = matching.render(match, MatchFormat.GPX, "t.csv");

        new GpxSchema(XSD).validate(gpx);
        assertThat(match.continuous()).isTrue();
        assertThat(match.lengthKm()).isCloseTo(0.889, org.assertj.core.api.Assertions.within(0.005));
        assertThat(match.ways()).singleElement().extracting(TraceMatch.WayDriven::name).isEqualTo("GT Road");
        assertThat(gpx).containsOnlyOnce("<trkseg>").contains("<copyright author=\"OpenStreetMap contributors\">");
    }
}
