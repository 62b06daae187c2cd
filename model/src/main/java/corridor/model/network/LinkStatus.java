package corridor.model.network;

/** Where a link stands in its life. */
public enum LinkStatus {
    EXISTING,
    UNDER_CONSTRUCTION,
    PLANNED,
    /** Replaced, or to be replaced, by another link (see {@link Link#supersededBy()}). */
    SUPERSEDED;

    /** Whether the link carries traffic today. Superseded links still do until their successor opens. */
    public boolean isInService() {
        return this == EXISTING || this == SUPERSEDED;
    }
}
