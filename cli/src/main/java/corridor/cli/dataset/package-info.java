/**
 * The dataset commands: {@code info}, {@code validate}, {@code dataset export}, {@code import} (tables and
 * OpenStreetMap, {@link corridor.cli.dataset.ImportCommand} with {@code OsmImportRun} and {@code OsmReaders}),
 * {@code trace-links} and {@code store reset}.
 *
 * <p>May use: {@code corridor.cli.common}, {@code corridor.model}, {@code corridor.data}, {@code corridor.osm},
 * {@code corridor.store}, picocli.
 */
package corridor.cli.dataset;
