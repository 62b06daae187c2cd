/**
 * What lies near the corridor, read from text parameters and answered, shared by {@code corridor near} and
 * {@code GET /api/near}: {@link corridor.api.near.NearRequest} (one set of rules and messages; each surface
 * spells the parameters its way) and {@link corridor.api.near.NearJson}, snake_case keys.
 * May use: corridor.api (values), corridor.model, corridor.evidence.proximity, Jackson.
 */
package corridor.api.near;
