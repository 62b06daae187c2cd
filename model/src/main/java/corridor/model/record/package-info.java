/**
 * What analysts weigh beside the network: projects (phase, pillar, sector, status, cost in
 * {@link corridor.model.record.Money}), indicator values over a {@link corridor.model.record.Period},
 * security incidents and mineral areas.
 *
 * <p>May use: {@code corridor.model.geo}, {@code corridor.model.source}.
 */
package corridor.model.record;
