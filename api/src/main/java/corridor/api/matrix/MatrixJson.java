package corridor.api.matrix;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.api.JsonValues;
import corridor.api.PlaceRef;
import corridor.api.route.RouteGoal;
import corridor.model.network.Place;
import corridor.routing.matrix.MatrixCell;
import corridor.routing.matrix.TravelMatrix;
import corridor.routing.route.RouteQuery;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A travel matrix as JSON, the same for {@code corridor matrix --format json} and {@code POST /api/matrix}:
 * {@code objective}, {@code departure}, {@code vehicle}, {@code modes}; {@code from} and {@code to} (id
 * and name of each row and column place); one row-major table per measure, {@code hours},
 * {@code distance_km}, {@code cost_usd} and {@code co2_kg}, with {@code null} where no route exists; the
 * table {@code methods} ({@code hierarchy} or {@code router}: what answered each cell); {@code notes}, one
 * per cell with something to say (why the router answered it, why there is no route); and the counts
 * {@code cells}, {@code router_cells}, {@code unreachable_cells}, with {@code hierarchy} (whether the
 * query could be asked of it at all) and {@code customization_ms}. Stateless; thread-safe.
 */
public final class MatrixJson {

    private MatrixJson() {
    }

    /** The answer to a matrix request. */
    public static ObjectNode answer(RouteGoal goal, RouteQuery template, TravelMatrix matrix) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("objective", goal.name());
        node.put("departure", template.departure().toString());
        node.put("vehicle", template.vehicle().id());
        node.set("modes", JsonValues.texts(MatrixRequest.modeNames(template)));
        node.set("from", places(matrix.from()));
        node.set("to", places(matrix.to()));
        node.set("hours", table(matrix, MatrixCell::hours));
        node.set("distance_km", table(matrix, MatrixCell::distanceKm));
        node.set("cost_usd", table(matrix, MatrixCell::costUsd));
        node.set("co2_kg", table(matrix, MatrixCell::co2Kg));
        ArrayNode methods = node.putArray("methods");
        ArrayNode notes = JsonNodeFactory.instance.arrayNode();
        long unreachable = 0;
        for (int i = 0; i < matrix.from().size(); i++) {
            ArrayNode row = methods.addArray();
            for (int j = 0; j < matrix.to().size(); j++) {
                MatrixCell cell = matrix.cell(i, j);
                row.add(JsonValues.lower(cell.method()));
                unreachable += cell.reachable() ? 0 : 1;
                if (!cell.note().isEmpty()) {
                    ObjectNode note = notes.addObject();
                    note.put("from", matrix.from().get(i).id());
                    note.put("to", matrix.to().get(j).id());
                    note.put("note", cell.note());
                }
            }
        }
        node.set("notes", notes);
        node.put("cells", (long) matrix.from().size() * matrix.to().size());
        node.put("router_cells", matrix.routerCells());
        node.put("unreachable_cells", unreachable);
        node.put("hierarchy", matrix.hierarchy());
        node.put("customization_ms", matrix.customizationMs());
        return node;
    }

    private static ArrayNode places(List<Place> places) {
        return JsonValues.objects(places.stream().map(PlaceRef::of).toList());
    }

    private static ArrayNode table(TravelMatrix matrix, ToDoubleFunction<MatrixCell> value) {
        ArrayNode rows = JsonNodeFactory.instance.arrayNode();
        for (List<MatrixCell> cells : matrix.cells()) {
            ArrayNode row = rows.addArray();
            for (MatrixCell cell : cells) {
                if (cell.reachable()) {
                    row.add(value.applyAsDouble(cell));
                } else {
                    row.addNull();
                }
            }
        }
        return rows;
    }
}
