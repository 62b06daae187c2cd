package corridor.monitor.ingest;

/**
 * A payment a vehicle made, as a carrier records it (fuel, tolls, fees, official and unofficial
 * payments at a border).
 *
 * @param vehicleId   the vehicle
 * @param epochSecond when it was paid
 * @param costUsd     how much, US dollars
 * @param placeId     the place it was paid at (a border crossing, a port), empty when on the road
 */
public record CostRecord(String vehicleId, long epochSecond, double costUsd, String placeId) {

    public CostRecord {
        placeId = placeId == null ? "" : placeId;
    }
}
