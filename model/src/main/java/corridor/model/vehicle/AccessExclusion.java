package corridor.model.vehicle;

import java.util.List;

/**
 * One rule keeping one vehicle off one link or place, as a route reports it. Immutable.
 *
 * @param ruleId    the rule's id (access.csv), or {@code osm:maxweight (way N)} / {@code osm:maxheight (way N)}, or
 *                  {@code osm:restriction (relation N)} for a turn restriction
 * @param subjectId the link or place id (an OSM segment's {@code osm-s<index>}; for a turn restriction, the
 *                  segment the turn comes from)
 * @param subject   its name
 * @param reason    why the vehicle is excluded ("heavy_transport banned")
 * @param sourceIds the rule's sources (for an OSM tag, the extract's)
 * @param shaped    whether the route would have used the link or place without the rule (it changed the
 *                  route), rather than only having been met by the search
 */
public record AccessExclusion(String ruleId, String subjectId, String subject, String reason,
                              List<String> sourceIds, boolean shaped) {

    public AccessExclusion {
        sourceIds = List.copyOf(sourceIds);
    }

    /** The same exclusion, marked as having shaped the route. */
    public AccessExclusion asShaping() {
        return new AccessExclusion(ruleId, subjectId, subject, reason, sourceIds, true);
    }

    /** "access rule n15-... (heavy_transport banned) on n15-mansehra-babusar (N-15 ...); sources a, b". */
    public String describe() {
        return "access rule " + ruleId + " (" + reason + ") on " + subjectId + " (" + subject + ")"
                + (sourceIds.isEmpty() ? "" : "; sources " + String.join(", ", sourceIds));
    }
}
