/**
 * One reader a layer file ({@code SourceReader}, {@code ModeDefaultsReader}, {@code PlaceReader},
 * {@code CalendarReader}, {@code LinkReader}, {@code ProjectReader}, {@code IndicatorReader},
 * {@code IncidentReader}, {@code MineralReader}, {@code SectionReader}): its columns, the rules of one
 * record alone, the record built. {@link corridor.data.read.DatasetParser} reads them all into a
 * {@link corridor.data.read.ParsedDataset}, before the cross-file rules.
 * May use: {@code corridor.data.format}, {@code corridor.data.load}, model, Jackson (a feature's geometry node).
 */
package corridor.data.read;
