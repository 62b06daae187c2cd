/**
 * What a dataset's street-level road layer ({@code roads.bin}, a {@link corridor.model.network.RoadLayer}) holds
 * and whether it holds together, as {@code corridor info} and {@code corridor validate} print it:
 * {@link corridor.api.roads.RoadLayerSummary} (segments, junctions, km by highway class, places joined,
 * provenance) and {@link corridor.api.roads.RoadLayerIntegrity} (the checks of every segment, junction
 * and join). May use: {@code corridor.model}.
 */
package corridor.api.roads;
