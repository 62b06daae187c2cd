package corridor.store;

import corridor.model.geo.GeoPoint;
import corridor.model.record.MineralArea;
import corridor.model.geo.Polyline;

import java.math.BigDecimal;
import java.util.List;

/** Well-known text of model geometries, longitude first as SQL spatial functions expect. */
final class Wkt {

    private Wkt() {
    }

    static String point(GeoPoint point) {
        return "POINT(" + coordinates(point) + ")";
    }

    static String lineString(Polyline line) {
        return "LINESTRING(" + coordinates(line.points()) + ")";
    }

    /** A polygon for an area with an outline, else the point of the mine. */
    static String mineral(MineralArea area) {
        return area.isArea() ? "POLYGON((" + coordinates(area.outline()) + "))" : point(area.location());
    }

    private static String coordinates(List<GeoPoint> points) {
        StringBuilder text = new StringBuilder();
        for (GeoPoint point : points) {
            text.append(text.length() == 0 ? "" : ", ").append(coordinates(point));
        }
        return text.toString();
    }

    private static String coordinates(GeoPoint point) {
        // Plain notation: WKT readers do not all accept exponents such as 1.0E-5.
        return BigDecimal.valueOf(point.longitude()).toPlainString() + " "
                + BigDecimal.valueOf(point.latitude()).toPlainString();
    }
}
