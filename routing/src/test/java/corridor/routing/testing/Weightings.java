package corridor.routing.testing;

import corridor.routing.route.Objective;
import corridor.routing.route.Weights;

import java.util.ArrayList;
import java.util.List;

/** The weightings the randomized tests run: each objective's, and one blend of all four. */
public final class Weightings {

    private Weightings() {
    }

    public static List<Weights> everyObjectiveAndABlend() {
        List<Weights> all = new ArrayList<>();
        for (Objective o : Objective.values()) {
            all.add(o.weights());
        }
        all.add(new Weights(1, 0.5, 0.2, 3));
        return all;
    }
}
