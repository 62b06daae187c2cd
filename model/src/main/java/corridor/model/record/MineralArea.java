package corridor.model.record;

import corridor.model.geo.GeoPoint;
import corridor.model.source.Provenance;

import java.util.List;

/**
 * An area of mineral exploration or production: a mine (a point) or a prospective area (a polygon).
 *
 * @param id         unique key
 * @param name       display name
 * @param minerals   minerals sought or produced
 * @param status     exploration, development or production
 * @param operator   who operates it, empty when unknown
 * @param location   a representative point (the mine, or the centre of the area)
 * @param outline    the outer ring of the area, closed (first point equals last); empty for a point
 * @param provenance sources and confidence
 */
public record MineralArea(String id, String name, List<String> minerals, MineralStatus status, String operator,
                          GeoPoint location, List<GeoPoint> outline, Provenance provenance) {

    public MineralArea {
        minerals = List.copyOf(minerals);
        outline = List.copyOf(outline);
    }

    public boolean isArea() {
        return !outline.isEmpty();
    }
}
