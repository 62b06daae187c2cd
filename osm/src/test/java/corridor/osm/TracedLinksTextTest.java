package corridor.osm;

import corridor.model.geo.GeoPoint;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.network.LinkStatus;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;
import corridor.model.source.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The note and line rewriting of traced links, and the road numbers a link names. */
class TracedLinksTextTest {

    private static final String CLAUSE = "geometry traced along OpenStreetMap roads (© OpenStreetMap contributors, "
            + "ODbL) from x.osm.pbf on 2026-12-01";

    @Test
    void theNoteLosesItsClausesAboutTheSketchAndGainsTheTrace() {
        assertThat(TracedLinksText.note("distance from G314 kilometre posts (Kashi 1,480, Taxkorgan 1,802); geometry "
                + "traced through towns along the route; approximate (Upal, Gez, Karakul Lake)", CLAUSE))
                .isEqualTo("distance from G314 kilometre posts (Kashi 1,480, Taxkorgan 1,802); " + CLAUSE);
        assertThat(TracedLinksText.note("geometry traced through towns along the route from their Wikipedia "
                + "coordinates; approximate (Faizabad)", CLAUSE)).isEqualTo(CLAUSE);
        assertThat(TracedLinksText.note("", CLAUSE)).isEqualTo(CLAUSE);
        assertThat(TracedLinksText.note("75 km from the pass; " + CLAUSE.replace("2026-12-01", "2026-11-30"), CLAUSE))
                .isEqualTo("75 km from the pass; " + CLAUSE);
    }

    @Test
    void onlyTheTracedLinesChangeAndALinkNotOnALineOfItsOwnIsRefused() {
        String text = "{\"type\": \"FeatureCollection\", \"features\": [\n"
                + "{\"type\": \"Feature\", \"properties\": {\"id\": \"a\", \"source\": \"s1\", \"note\": \"n\"}, "
                + "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[1.0, 2.0], [3.0, 4.0]]}},\n"
                + "{\"type\": \"Feature\", \"properties\": {\"id\": \"b\", \"source\": \"s1\"}, "
                + "\"geometry\": {\"type\": \"LineString\", \"coordinates\": [[1.0, 2.0], [3.0, 4.0]]}}\n"
                + "]}\n";
        Polyline line = new Polyline(List.of(new GeoPoint(2, 1), new GeoPoint(2.5, 2), new GeoPoint(4, 3)));
        String out = TracedLinksText.rewrite(text, "links.geojson", Map.of("b", line), CLAUSE, "trace-x");
        String[] lines = out.split("\n", -1);
        assertThat(lines[1]).isEqualTo(text.split("\n")[1]);
        assertThat(lines[2]).isEqualTo("{\"type\":\"Feature\",\"properties\":{\"id\":\"b\",\"source\":\"s1;trace-x\","
                + "\"note\":\"" + CLAUSE + "\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":"
                + "[[1.0,2.0],[2.0,2.5],[3.0,4.0]]}}");
        assertThat(lines[3]).isEqualTo("]}");
        String oneLine = text.replace("\n{", "{");
        assertThatThrownBy(() -> TracedLinksText.rewrite(oneLine, "links.geojson", Map.of("b", line), CLAUSE, "t"))
                .isInstanceOf(InputException.class).hasMessageContaining("links.geojson").hasMessageContaining("[b]");
    }

    @Test
    void aLinkNamesTheRoadNumberOfItsIdOrName() {
        assertThat(LinkTracer.refsOf(link("m1-burhan-islamabad", "M-1 Burhan-Islamabad"))).containsExactly("m1");
        assertThat(LinkTracer.refsOf(link("kkh-sost-gilgit", "KKH Sost-Gilgit"))).containsExactlyInAnyOrder("kkh", "n35");
        assertThat(LinkTracer.refsOf(link("e35-havelian-burhan", "E35 Havelian-Burhan"))).containsExactly("e35");
        assertThat(LinkTracer.refsOf(link("rawalpindi-islamabad", "Rawalpindi-Islamabad (Faizabad)"))).isEmpty();
    }

    private static Link link(String id, String name) {
        return new Link(id, name, Mode.ROAD, "a", "b", null, null, null, null, null, LinkStatus.EXISTING, "", List.of(),
                Polyline.of(new GeoPoint(0, 0), new GeoPoint(1, 1)), new Provenance(List.of("s"), null, ""));
    }
}
