/**
 * Importers of public formats (UN Comtrade, AidData GCDF 3.0, ACLED, GeoJSON) into a dataset
 * directory ({@link corridor.data.imports.DatasetImport}): rows read and mapped to records, staged
 * beside the directory, validated by reading the staged copy back, committed atomically
 * ({@link corridor.data.imports.ImportJournal}); rejected rows with reasons.
 * May use: {@code corridor.data} (reader, built-in dataset, durable writes), {@code corridor.data.load},
 * model, Jackson, commons-csv.
 */
package corridor.data.imports;
