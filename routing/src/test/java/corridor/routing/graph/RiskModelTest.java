package corridor.routing.graph;

import corridor.model.geo.GeoPoint;
import corridor.model.record.Incident;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;
import corridor.routing.testing.Net;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RiskModelTest {

    private static final LocalDate REF = LocalDate.of(2024, 1, 1);
    private final RiskModel model = new RiskModel(25, 3, REF);

    private static Incident incident(LocalDate date, Integer killed, Integer injured, double lat, double lon) {
        return new Incident("i", date, "x", new GeoPoint(lat, lon), killed, injured, "t", "", Net.P);
    }

    @Test
    void weightCountsCasualtiesAndHalvesEveryHalfLife() {
        // 1 + 4 killed + 0.5 × 6 injured = 8 on the reference date.
        assertThat(model.weight(incident(REF, 4, 6, 0, 0))).isEqualTo(8.0, within(1e-12));
        // 2018-01-01 to 2024-01-01 is 2,191 days, 5.9986 years of 365.25 days: almost two half-lives.
        assertThat(model.weight(incident(LocalDate.of(2018, 1, 1), 4, 6, 0, 0)))
                .isEqualTo(8 * Math.pow(2, -(2191 / 365.25) / 3), within(1e-12)).isEqualTo(2.0, within(0.001));
        assertThat(model.weight(incident(REF, null, null, 0, 0))).isEqualTo(1.0);
        assertThat(model.weight(incident(REF.plusDays(1), 100, 0, 0, 0))).isZero();
    }

    @Test
    void onlyIncidentsWithinTheBufferOfTheGeometryCount() {
        // A line along the equator from 0° to 1° E; 0.2° of latitude is 22.2 km, 0.3° is 33.4 km.
        Polyline line = Polyline.of(new GeoPoint(0, 0), new GeoPoint(0, 1));
        var link = new corridor.model.network.Link("l", "l", Mode.ROAD, "a", "b", null, null, null, null, null,
                corridor.model.network.LinkStatus.EXISTING, "", List.of(), line, Net.P);

        double risk = model.linkRisk(link, List.of(incident(REF, 1, 0, 0.2, 0.5), incident(REF, 3, 0, 0.3, 0.5),
                incident(REF, 0, 0, 0.1, 1.1)));

        // the first (weight 2) at 22 km counts; the second at 33 km does not; the third is 15.7 km beyond the end.
        assertThat(risk).isEqualTo(2.0 + 1.0, within(1e-12));
        assertThat(line.distanceKm(new GeoPoint(0.3, 0.5))).isEqualTo(33.36, within(0.1));
    }

    @Test
    void graphRiskIsRecomputedFromTheIncidentsGiven() {
        Net quiet = Net.diamond();
        quiet.incidents.clear();
        Net noisy = Net.diamond();

        assertThat(quiet.graph().linkRisk(quiet.graph().linkIndex("ab"))).isZero();
        assertThat(noisy.graph().linkRisk(noisy.graph().linkIndex("ab"))).isEqualTo(4.0, within(1e-12));
    }
}
