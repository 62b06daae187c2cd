/**
 * Reading and validating a dataset directory, the entry points the other modules use:
 * {@link corridor.data.DatasetReader} (each layer read, the cross-file rules run, roads attached),
 * {@link corridor.data.DatasetValidator}, the built-in CPEC dataset ({@link corridor.data.BuiltInDataset})
 * and its export, {@link corridor.data.DatasetSummary}, the street-level road file
 * ({@link corridor.data.RoadLayerFile}) and durable file writes ({@link corridor.data.DurableFiles}).
 * May use: {@code corridor.data.read}, {@code corridor.data.validate}, {@code corridor.data.load}, model.
 */
package corridor.data;
