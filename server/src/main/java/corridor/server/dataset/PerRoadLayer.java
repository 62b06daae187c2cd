package corridor.server.dataset;

import corridor.model.network.RoadLayer;

import java.util.Map;
import java.util.function.Function;

/**
 * What an endpoint builds once per road layer served (a matching index, the tiles' R-trees, the directions'
 * junction index),
 * built again when an upload changes the layer. Thread-safe: two requests racing on a new layer may both
 * build it, and one of the two is kept; both are equal.
 *
 * @param <T> what is built
 */
public final class PerRoadLayer<T> {

    private final Function<RoadLayer, T> build;
    /** The last layer asked for, by identity, with what was built of it. */
    private volatile Map.Entry<RoadLayer, T> last;

    /** {@code build} makes what is kept of a layer. */
    public PerRoadLayer(Function<RoadLayer, T> build) {
        this.build = build;
    }

    /** What is built of {@code roads}: the one built before when {@code roads} is the same layer. */
    public T of(RoadLayer roads) {
        Map.Entry<RoadLayer, T> current = last;
        if (current == null || current.getKey() != roads) {
            current = Map.entry(roads, build.apply(roads));
            last = current;
        }
        return current.getValue();
    }
}
