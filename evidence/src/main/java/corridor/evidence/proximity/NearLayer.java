package corridor.evidence.proximity;

/** The layers {@link Proximity} can search. */
public enum NearLayer {
    MINERALS,
    INCIDENTS,
    PROJECTS
}
