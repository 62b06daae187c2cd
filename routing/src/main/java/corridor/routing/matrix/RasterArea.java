package corridor.routing.matrix;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * The area within a distance of many lines, by a grid rather than by JTS's buffer: buffering tens
 * of thousands of street segments at once takes JTS minutes (every offset curve is noded against
 * every other), while marking grid cells is linear in the lines' length. Cells of half the distance
 * are marked whose centre lies within the distance of a point sampled along a line (every quarter of
 * the distance), the boundary between marked and unmarked cells is turned into polygons (JTS
 * {@link Polygonizer}, keeping the faces over marked cells), and the staircase is smoothed by half
 * a cell ({@link TopologyPreservingSimplifier}). The result is within about one cell (half the
 * distance) of the exact buffer. Coordinates are planar (km). Stateless; thread-safe.
 */
final class RasterArea {

    /** The most cells of a grid; a larger extent takes larger cells. */
    static final long MAX_CELLS = 4_000_000;

    private RasterArea() {
    }

    /** The area within {@code distance} of {@code lines} (planar coordinates), as polygons. */
    static Geometry around(List<LineString> lines, double distance, GeometryFactory factory) {
        if (lines.isEmpty()) {
            return factory.createPolygon();
        }
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (LineString line : lines) {
            for (Coordinate c : line.getCoordinates()) {
                minX = Math.min(minX, c.x);
                minY = Math.min(minY, c.y);
                maxX = Math.max(maxX, c.x);
                maxY = Math.max(maxY, c.y);
            }
        }
        minX -= 2 * distance;
        minY -= 2 * distance;
        double cell = distance / 2;
        double width = maxX + 2 * distance - minX;
        double height = maxY + 2 * distance - minY;
        if (width / cell * (height / cell) > MAX_CELLS) {
            cell = Math.sqrt(width * height / MAX_CELLS);
        }
        Grid grid = new Grid(minX, minY, cell, (int) Math.ceil(width / cell) + 1, (int) Math.ceil(height / cell) + 1);
        for (LineString line : lines) {
            Coordinate[] points = line.getCoordinates();
            for (int i = 1; i < points.length; i++) {
                grid.markAlong(points[i - 1], points[i], distance);
            }
            if (points.length == 1) {
                grid.markAround(points[0].x, points[0].y, distance);
            }
        }
        Geometry area = grid.polygons(factory);
        return TopologyPreservingSimplifier.simplify(area, cell / 2);
    }

    /**
     * Marked cells of a regular grid of {@code columns × rows} cells of side {@code cell} from
     * ({@code x0}, {@code y0}), row by row in {@code marked}.
     */
    private record Grid(double x0, double y0, double cell, int columns, int rows, BitSet marked) {

        /** A grid with no cell marked. */
        Grid(double x0, double y0, double cell, int columns, int rows) {
            this(x0, y0, cell, columns, rows, new BitSet(columns * rows));
        }

        private boolean inside(int column, int row) {
            return column >= 0 && row >= 0 && column < columns && row < rows;
        }

        boolean isMarked(int column, int row) {
            return inside(column, row) && marked.get(row * columns + column);
        }

        void markAlong(Coordinate a, Coordinate b, double distance) {
            double length = a.distance(b);
            int steps = Math.max(1, (int) Math.ceil(length / (distance / 4)));
            for (int s = 0; s <= steps; s++) {
                double f = (double) s / steps;
                markAround(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y), distance);
            }
        }

        void markAround(double x, double y, double distance) {
            int reach = (int) Math.ceil(distance / cell);
            int cx = (int) Math.floor((x - x0) / cell);
            int cy = (int) Math.floor((y - y0) / cell);
            for (int row = cy - reach; row <= cy + reach; row++) {
                for (int column = cx - reach; column <= cx + reach; column++) {
                    if (!inside(column, row)) {
                        continue;
                    }
                    double dx = x0 + (column + 0.5) * cell - x;
                    double dy = y0 + (row + 0.5) * cell - y;
                    if (dx * dx + dy * dy <= distance * distance) {
                        marked.set(row * columns + column);
                    }
                }
            }
        }

        /** The edges between marked and unmarked cells, polygonized; the faces over marked cells. */
        Geometry polygons(GeometryFactory factory) {
            List<LineString> edges = new ArrayList<>();
            for (int i = marked.nextSetBit(0); i >= 0; i = marked.nextSetBit(i + 1)) {
                int column = i % columns;
                int row = i / columns;
                if (!isMarked(column, row - 1)) {
                    edges.add(edge(factory, column, row, column + 1, row));
                }
                if (!isMarked(column, row + 1)) {
                    edges.add(edge(factory, column, row + 1, column + 1, row + 1));
                }
                if (!isMarked(column - 1, row)) {
                    edges.add(edge(factory, column, row, column, row + 1));
                }
                if (!isMarked(column + 1, row)) {
                    edges.add(edge(factory, column + 1, row, column + 1, row + 1));
                }
            }
            Polygonizer polygonizer = new Polygonizer();
            polygonizer.add(edges);
            List<Polygon> kept = new ArrayList<>();
            for (Object face : polygonizer.getPolygons()) {
                Polygon polygon = (Polygon) face;
                Coordinate inside = polygon.getInteriorPoint().getCoordinate();
                if (isMarked((int) Math.floor((inside.x - x0) / cell), (int) Math.floor((inside.y - y0) / cell))) {
                    kept.add(polygon);
                }
            }
            return factory.createMultiPolygon(kept.toArray(Polygon[]::new));
        }

        private LineString edge(GeometryFactory factory, int c0, int r0, int c1, int r1) {
            return factory.createLineString(new Coordinate[] {new Coordinate(x0 + c0 * cell, y0 + r0 * cell),
                    new Coordinate(x0 + c1 * cell, y0 + r1 * cell)});
        }
    }
}
