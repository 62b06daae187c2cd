/**
 * Travel matrices and isochrones, shared by the command line and the server: the requests read from
 * text parameters with the route request's rules and messages ({@link corridor.api.matrix.MatrixRequest},
 * {@link corridor.api.matrix.IsochroneRequest}) and the answers as JSON, CSV, a text table
 * ({@link corridor.api.matrix.MatrixJson}, {@link corridor.api.matrix.MatrixText}) and GeoJSON
 * ({@link corridor.api.matrix.IsochroneGeoJson}), snake_case keys, the same on both surfaces.
 * May use: corridor.model, the routing engine's public packages, corridor.api.route, Jackson, commons-csv, JTS.
 */
package corridor.api.matrix;
