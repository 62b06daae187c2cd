/**
 * The engine's reading package: scenario files, YAML or JSON, with Jackson
 * ({@link corridor.routing.io.ScenarioReader}), and files of origin–destination pairs, CSV with
 * commons-csv ({@link corridor.routing.io.OdPairReader}). Both read text handed to them (the surfaces
 * open the files) and report bad input as {@link corridor.model.InputException}s naming the file and field.
 * The only package of the engine that uses Jackson or commons-csv.
 * May use: corridor.model, corridor.routing.graph, corridor.routing.scenario, corridor.routing.analysis,
 * Jackson, commons-csv.
 */
package corridor.routing.io;
