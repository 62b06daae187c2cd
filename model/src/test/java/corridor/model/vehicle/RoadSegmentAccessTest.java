package corridor.model.vehicle;

import corridor.model.network.RoadLayer;
import corridor.model.source.Confidence;
import corridor.model.source.Provenance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which OSM segments a vehicle may drive, on a hand-built layer: hgv=no, maxweight, maxheight, unknown figures. */
class RoadSegmentAccessTest {

    private static final Provenance P = new Provenance(List.of("test"), Confidence.REPORTED, "");

    private static Vehicle vehicle(VehicleClass vehicleClass, Double tonnes, Double heightM) {
        return new Vehicle("v", "v", vehicleClass, tonnes, null, heightM, null, null, null, null, P);
    }

    /** Segments: 0 open, 1 closed to goods vehicles, 2 maxweight 7.5 t, 3 maxheight 4.3 m. */
    private static RoadLayer layer() {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int a = b.junction(33.70, 73.00);
        int c = b.junction(33.71, 73.00);
        int primary = RoadLayer.HIGHWAY_CLASSES.indexOf("primary");
        b.segment(a, c, 1, 1000, 50, 0, primary, Float.NaN, Float.NaN, "", "open", new double[0], new double[0], 0);
        b.segment(a, c, 2, 1000, 50, RoadLayer.NO_GOODS_VEHICLES, primary, Float.NaN, Float.NaN, "", "no hgv",
                new double[0], new double[0], 0);
        b.segment(a, c, 3, 1000, 50, 0, primary, 7.5f, Float.NaN, "", "bridge", new double[0], new double[0], 0);
        b.segment(a, c, 4, 1000, 50, 0, primary, Float.NaN, 4.3f, "", "tunnel", new double[0], new double[0], 0);
        return b.build(null);
    }

    @Test
    void aHeavyTruckIsKeptOffHgvNoAndTheLimitsItIsOver() {
        RoadLayer roads = layer();
        Vehicle truck = vehicle(VehicleClass.HEAVY_TRANSPORT, 27.5, 4.5);

        assertThat(RoadSegmentAccess.of(roads, 0, truck)).isNull();
        assertThat(RoadSegmentAccess.of(roads, 1, truck).tag()).isEqualTo("osm:hgv");
        assertThat(RoadSegmentAccess.of(roads, 2, truck)).isEqualTo(new RoadSegmentAccess.Restriction("osm:maxweight",
                "gross weight 27.5 t over the 7.5 t limit"));
        assertThat(RoadSegmentAccess.of(roads, 3, truck)).isEqualTo(new RoadSegmentAccess.Restriction("osm:maxheight",
                "height 4.5 m over the 4.3 m limit"));
        // the router's limits leave hgv=no aside: its graph has no such segment for any vehicle
        assertThat(RoadSegmentAccess.limits(roads, 1, truck)).isNull();
    }

    @Test
    void aCarOrAFigureNotGivenIsKeptOn() {
        RoadLayer roads = layer();
        Vehicle car = vehicle(VehicleClass.CAR, 1.5, 1.6);
        for (int s = 0; s < 4; s++) {
            assertThat(RoadSegmentAccess.of(roads, s, car)).as("segment " + s).isNull();
        }
        Vehicle truckOfNoFigures = vehicle(VehicleClass.HEAVY_TRANSPORT, null, null);
        assertThat(RoadSegmentAccess.of(roads, 1, truckOfNoFigures)).isNotNull();
        assertThat(RoadSegmentAccess.of(roads, 2, truckOfNoFigures)).isNull();
        assertThat(RoadSegmentAccess.of(roads, 3, truckOfNoFigures)).isNull();
        // a van is no heavy goods vehicle: hgv=no does not keep it off
        assertThat(RoadSegmentAccess.of(roads, 1, vehicle(VehicleClass.LIGHT_TRANSPORT, 3.0, null))).isNull();
    }

    @Test
    void aMaxlengthKeepsOffTheVehiclesLongerThanIt() {
        RoadLayer.Builder b = new RoadLayer.Builder();
        int a = b.junction(33.70, 73.00);
        int c = b.junction(33.71, 73.00);
        b.segment(a, c, 5, 1000, 50, 0, RoadLayer.HIGHWAY_CLASSES.indexOf("tertiary"), Float.NaN, Float.NaN, "",
                "hairpins", new double[0], new double[0], 0);
        b.setMaxLengthM(0, 12f);
        RoadLayer roads = b.build(null);
        Vehicle articulated = new Vehicle("a", "a", VehicleClass.HEAVY_TRANSPORT, 40.0, null, 4.0, null, 16.5, null,
                null, P);
        Vehicle rigid = new Vehicle("r", "r", VehicleClass.HEAVY_TRANSPORT, 25.0, null, 4.0, null, 10.0, null, null, P);

        assertThat(roads.maxLengthM(0)).isEqualTo(12.0);
        assertThat(RoadSegmentAccess.limits(roads, 0, articulated)).isEqualTo(new RoadSegmentAccess.Restriction(
                "osm:maxlength", "length 16.5 m over the 12 m limit"));
        assertThat(RoadSegmentAccess.limits(roads, 0, rigid)).isNull();
        assertThat(RoadSegmentAccess.limits(roads, 0, vehicle(VehicleClass.HEAVY_TRANSPORT, 40.0, 4.0))).isNull();
    }
}
