package corridor.monitor.simulate;

import corridor.model.InputException;

/**
 * What the fleet simulator does. The behaviour numbers are documented defaults of the simulator,
 * not observations: they shape realistic telemetry, they are not corridor facts.
 *
 * @param trucks                 number of trucks
 * @param days                   length of the simulation, days
 * @param seed                   random seed; the same seed gives the same output
 * @param startEpochSecond       when the simulation starts
 * @param movingPingSeconds      ping interval while driving (default 60)
 * @param stationaryPingSeconds  ping interval while stopped (default 300)
 * @param gpsNoiseKm             standard deviation of GPS error per axis, km (default 0.015)
 * @param gapsPerDrivingHour     chance per driving hour that the signal drops out (default 0.1)
 * @param maxGapMinutes          longest signal drop-out, minutes (default 40)
 */
public record SimulationSettings(int trucks, int days, long seed, long startEpochSecond, int movingPingSeconds,
                                 int stationaryPingSeconds, double gpsNoiseKm, double gapsPerDrivingHour,
                                 double maxGapMinutes) {

    /** Default speed on a road link with no speed of its own and no mode default, km/h. */
    public static final double DEFAULT_SPEED_KMH = 50;
    /** Default border crossing time where the dataset has none, hours. */
    public static final double DEFAULT_CROSSING_HOURS = 6;
    /** Default port dwell where the dataset has none, hours. */
    public static final double DEFAULT_PORT_DWELL_HOURS = 24;
    /** Default terminal (dry port, rail terminal) dwell where the dataset has none, hours. */
    public static final double DEFAULT_TERMINAL_DWELL_HOURS = 12;

    public SimulationSettings {
        if (trucks < 1) {
            throw InputException.ofParameter("--trucks", "must be at least 1, got " + trucks);
        }
        if (days < 1) {
            throw InputException.ofParameter("--days", "must be at least 1, got " + days);
        }
        if (movingPingSeconds < 1 || stationaryPingSeconds < 1) {
            throw InputException.ofParameter("--ping-seconds", "ping intervals must be at least 1 s");
        }
        if (!(gpsNoiseKm >= 0) || !(gapsPerDrivingHour >= 0) || !(maxGapMinutes >= 0)) {
            throw InputException.ofParameter("--noise", "noise and gap settings must be non-negative");
        }
    }

    /** The defaults for a fleet. */
    public static SimulationSettings of(int trucks, int days, long seed, long startEpochSecond) {
        return new SimulationSettings(trucks, days, seed, startEpochSecond, 60, 300, 0.015, 0.1, 40);
    }

    /** A copy without GPS noise and drop-outs (for exact tests). */
    public SimulationSettings clean() {
        return new SimulationSettings(trucks, days, seed, startEpochSecond, movingPingSeconds, stationaryPingSeconds,
                0, 0, 0);
    }
}
