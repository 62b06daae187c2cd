/**
 * The served dataset and its layers: {@link corridor.server.dataset.ServedDataset} (the version a request
 * is pinned to, the poll of the store), {@link corridor.server.dataset.Observatory} (one version's dataset,
 * routing graphs, place index and scenario catalogue), the layers as GeoJSON
 * ({@link corridor.server.dataset.LayerApi}, {@link corridor.server.dataset.Features}), the upload
 * ({@link corridor.server.dataset.DatasetApi}), place lookup ({@link corridor.server.dataset.PlaceIndex})
 * and the scenarios shipped and uploaded ({@link corridor.server.dataset.ScenarioCatalog}).
 *
 * <p>May use: {@code corridor.server.http}, {@code corridor.model}, {@code corridor.data},
 * {@code corridor.store}, {@code corridor.routing} (graphs and scenario files), {@code corridor.api},
 * Javalin, Jackson.
 */
package corridor.server.dataset;
