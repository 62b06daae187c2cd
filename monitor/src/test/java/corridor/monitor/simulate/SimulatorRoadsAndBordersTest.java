package corridor.monitor.simulate;

import corridor.model.Dataset;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.network.OpeningCalendar;
import corridor.model.network.OpeningRule;
import corridor.model.network.RoadClass;
import corridor.model.network.Terrain;
import corridor.monitor.fixtures.TestNetwork;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulator's speeds by road class and terrain, and its border queues by hour and weekday, in its truth. */
class SimulatorRoadsAndBordersTest {

    private static final long START = Instant.parse("2025-06-02T00:00:00Z").getEpochSecond();
    private static final long PKT = 5 * 3600L;

    /** Khunjerab open every month but closed on Saturdays and Sundays. */
    private static OpeningCalendar weekdaysOnly() {
        return new OpeningCalendar(List.of(new OpeningRule(LocalDate.of(2000, 1, 1), null, EnumSet.allOf(Month.class),
                EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), TestNetwork.TEST)));
    }

    /** The test network with no link speeds of its own: the KKH links are mountain roads, the two Islamabad–Lahore roads motorways. */
    private static Dataset classed(OpeningCalendar khunjerab) {
        Dataset base = TestNetwork.dataset(khunjerab);
        List<Link> links = new ArrayList<>();
        for (Link l : base.links()) {
            RoadClass roadClass = l.id().equals("m2") || l.id().equals("gt_road") ? RoadClass.MOTORWAY : RoadClass.NATIONAL_HIGHWAY;
            Terrain terrain = l.id().startsWith("kkh") ? Terrain.MOUNTAIN : null;
            links.add(new Link(l.id(), l.name(), Mode.ROAD, l.fromId(), l.toId(), l.distanceKm(), null, null, null, null,
                    l.status(), l.projectId(), l.supersededBy(), l.geometry(), l.provenance(), "", roadClass, terrain));
        }
        return base.withLinks(links);
    }

    private static List<TruthTrip> truth(Dataset dataset, SimulationSettings settings) {
        List<TruthTrip> truth = new ArrayList<>();
        new FleetSimulator(dataset, settings.clean()).run((v, t, lat, lon, s) -> { }, truth::add);
        return truth;
    }

    /** Open-road speed over a link's passes in the truth: distance over moving time, km/h. */
    private static double speedOn(List<TruthTrip> truth, String... linkIds) {
        List<String> ids = List.of(linkIds);
        double km = 0;
        double seconds = 0;
        for (TruthTrip trip : truth) {
            for (TruthTrip.Link link : trip.links()) {
                if (ids.contains(link.linkId())) {
                    km += link.distanceKm();
                    seconds += link.movingSeconds();
                }
            }
        }
        assertThat(seconds).as("passes over " + ids).isPositive();
        return km / (seconds / 3600);
    }

    @Test
    void aMotorwayIsDrivenFasterThanAMountainRoad() {
        List<TruthTrip> truth = truth(classed(OpeningCalendar.ALWAYS_OPEN), SimulationSettings.of(10, 30, 11, START));
        double motorway = speedOn(truth, "m2", "gt_road");
        double mountain = speedOn(truth, "kkh_border");
        double highway = speedOn(truth, "n5_south");
        assertThat(motorway).isGreaterThan(highway).isGreaterThan(mountain);
        // kkh_border is more than 15 km from any city: open road at the mountain speed, ±10% per trip
        assertThat(mountain).isCloseTo(RoadSpeeds.MOUNTAIN_KMH, within(0.1 * RoadSpeeds.MOUNTAIN_KMH));
    }

    @Test
    void aTruckReachingTheBorderOnAClosedWeekdayOrAtNightWaitsForTheNextOpening() {
        List<TruthTrip> truth = truth(classed(weekdaysOnly()), SimulationSettings.of(12, 60, 5, START));
        int weekend = 0;
        int night = 0;
        int crossings = 0;
        for (TruthTrip trip : truth) {
            for (TruthTrip.Dwell dwell : trip.dwells()) {
                if (!dwell.placeId().equals("khunjerab")) {
                    continue;
                }
                crossings++;
                long local = dwell.startEpochSecond() + PKT;
                LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86400L));
                double hour = Math.floorMod(local, 86400L) / 3600.0;
                LocalDate opens = day;
                if (hour >= 18) {
                    opens = opens.plusDays(1);
                }
                while (opens.getDayOfWeek() == DayOfWeek.SATURDAY || opens.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    opens = opens.plusDays(1);
                }
                boolean closedDay = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                if (closedDay || hour < 8 || hour >= 18) {
                    long gate = opens.toEpochDay() * 86400L + 8 * 3600L - PKT;
                    assertThat(dwell.startEpochSecond() + dwell.dwellSeconds()).as("dwell %s", dwell).isGreaterThan(gate);
                    if (closedDay) {
                        weekend++;
                    } else {
                        night++;
                    }
                }
            }
        }
        assertThat(crossings).isGreaterThan(20);
        assertThat(weekend).isPositive();
        assertThat(night).isPositive();
    }

    @Test
    void theQueueFallsOverTheDayAndGrowsAfterAClosedDay() {
        OpeningCalendar calendar = weekdaysOnly();
        long monday = LocalDate.of(2025, 6, 2).toEpochDay() * 86400L - PKT;
        long tuesday = monday + 86400L;
        assertThat(BorderQueue.queueFactor(calendar, tuesday + 8 * 3600L)).isCloseTo(1.5, within(1e-9));
        assertThat(BorderQueue.queueFactor(calendar, tuesday + 13 * 3600L)).isCloseTo(1.0, within(1e-9));
        assertThat(BorderQueue.queueFactor(calendar, monday + 8 * 3600L)).isCloseTo(2.25, within(1e-9));
        long saturdayNoon = monday - 2 * 86400L + 12 * 3600L;
        assertThat(BorderQueue.clearingStarts(calendar, saturdayNoon)).isEqualTo(OptionalLong.of(monday + 8 * 3600L));
        assertThat(BorderQueue.clearingStarts(calendar, tuesday + 10 * 3600L)).isEqualTo(OptionalLong.of(tuesday + 10 * 3600L));
        assertThat(BorderQueue.clearingStarts(new OpeningCalendar(List.of(new OpeningRule(LocalDate.of(2000, 1, 1), null,
                EnumSet.noneOf(Month.class), EnumSet.noneOf(DayOfWeek.class), TestNetwork.TEST))), tuesday)).isEmpty();
    }
}
