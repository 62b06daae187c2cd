/**
 * Street-level endpoints over the imported OpenStreetMap roads ({@link corridor.server.street.StreetApi}):
 * {@code POST /api/match}, a GPS trace snapped to the roads by the shared
 * {@code corridor.api.match.TraceMatching}; the roads as Mapbox Vector Tiles for the map,
 * {@code GET /api/tiles/roads/{z}/{x}/{y}.mvt} and their TileJSON, cut by {@link corridor.server.street.RoadTiles} (an R-tree per class zoom, the MVT encoder of
 * {@code io.github.sebasbaumh:mapbox-vector-tile-java}); what each builds once per road layer served is kept by
 * {@code corridor.server.dataset.PerRoadLayer}.
 *
 * <p>May use: {@code corridor.server.dataset}, {@code corridor.server.http}, {@code corridor.api}, the model.
 */
package corridor.server.street;
