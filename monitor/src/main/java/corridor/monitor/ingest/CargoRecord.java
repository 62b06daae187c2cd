package corridor.monitor.ingest;

/**
 * Cargo a vehicle carried on a trip, as a carrier records it: it belongs to the trip of that
 * vehicle whose pings span its time; several records of one trip add up (part loads).
 *
 * @param vehicleId   the vehicle
 * @param epochSecond a time during the trip (loading, departure)
 * @param cargoTonnes the cargo's weight, tonnes
 */
public record CargoRecord(String vehicleId, long epochSecond, double cargoTonnes) {
}
