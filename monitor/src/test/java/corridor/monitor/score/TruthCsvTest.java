package corridor.monitor.score;

import corridor.model.InputException;
import corridor.monitor.simulate.TruthTrip;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The truth file as the simulator writes it and {@code monitor score} reads it. */
class TruthCsvTest {

    private static final long DEPARTURE = 1_746_154_471L; // 2025-05-02T02:54:31Z

    private static String written(TruthTrip trip) {
        StringBuilder out = new StringBuilder(TruthCsv.HEADER).append('\n');
        TruthCsv.append(out, trip, 21);
        return out.toString();
    }

    @Test
    void movingTimeAFractionOfASecondOverTheWholeSecondsOfTransitWritesNoNegativeStop() {
        // the trip of issue 27: 2 h 20 min 19 s between whole-second departure and arrival, and
        // 0.4 s more of moving time than that (the simulator's clock is not rounded)
        long transit = 8419;
        TruthTrip trip = new TruthTrip("truck-0009", "prem-nagar-dry-port", "lahore-junction", DEPARTURE,
                DEPARTURE + transit, transit + 0.4, 40.027, List.of(), List.of(), 0);
        String csv = written(trip);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("truck-0009,21,trip,prem-nagar-dry-port>lahore-junction,2025-05-02T02:54:31Z,"
                        + "2025-05-02T05:14:50Z,2.3386,0.0000,40.027");
        List<TruthTrip> read = TruthCsv.read(new StringReader(csv), "truth.csv");
        assertThat(read).singleElement().satisfies(t -> {
            assertThat(t.arrivalEpochSecond() - t.departureEpochSecond()).isEqualTo(transit);
            assertThat(t.movingSeconds()).isCloseTo(transit, org.assertj.core.api.Assertions.within(0.5));
        });
    }

    @Test
    void movingAndStopHoursAddUpToTheTransitAsWritten() {
        // 1 h 0 min 1 s of transit (1.0003 h written), 0.44444 h of moving: the stop rounded on
        // its own (0.555837 h to 0.5558) would not add up with the moving 0.4444 to the transit
        TruthTrip trip = new TruthTrip("truck-0001", "a", "b", DEPARTURE, DEPARTURE + 3601, 0.44444 * 3600, 10,
                List.of(), List.of(), 0);
        String row = written(trip).lines().skip(1).findFirst().orElseThrow();
        assertThat(row).endsWith(",2025-05-02T03:54:32Z,0.4444,0.5559,10.000");
    }

    @Test
    void aNegativeStopInAFileIsRefusedNamingItsLine() {
        String csv = TruthCsv.HEADER + "\ntruck-0009,21,trip,a>b,2025-05-02T02:54:31Z,2025-05-02T05:14:50Z,2.3387,-0.0001,40.027\n";
        assertThatThrownBy(() -> TruthCsv.read(new StringReader(csv), "truth.csv"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("truth.csv line 2").hasMessageContaining("stop_hours")
                .hasMessageContaining("-0.0001");
    }
}
