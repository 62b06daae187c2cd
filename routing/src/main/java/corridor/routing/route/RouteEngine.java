package corridor.routing.route;

/** Which search answered a route ({@link RouteResult#engine()}). */
public enum RouteEngine {
    /** The A* router (or its Pareto search), over the graph itself. */
    A_STAR("a*"),
    /** A query on the customizable contraction hierarchy, its path explained by the router. */
    HIERARCHY("hierarchy");

    private final String label;

    RouteEngine(String label) {
        this.label = label;
    }

    /** The name written in answers: {@code a*} or {@code hierarchy}. */
    public String label() {
        return label;
    }
}
