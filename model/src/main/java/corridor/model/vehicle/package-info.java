/**
 * Vehicles and what they may drive: vehicle profiles ({@link corridor.model.vehicle.Vehicle}, by
 * {@link corridor.model.vehicle.VehicleClass}), access rules on links and places
 * ({@link corridor.model.vehicle.AccessRule}: classes banned, weight, height and length limits, months,
 * daily closed hours on a local clock, {@link corridor.model.vehicle.ClosedHours}),
 * and the one speed model by road kind, terrain and vehicle class that the router and the fleet
 * simulator share ({@link corridor.model.vehicle.RoadSpeedModel}, km/h).
 *
 * <p>May use: {@code corridor.model.geo}, {@code corridor.model.network}, {@code corridor.model.source}.
 */
package corridor.model.vehicle;
