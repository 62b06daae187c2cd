package corridor.osm;

import java.util.Arrays;
import java.util.function.IntSupplier;

/**
 * Maps a road source's junction ids (small, dense non-negative ints) to the index a graph gave
 * each junction the first time it was seen. Grows as larger ids arrive. Not thread-safe: one per
 * reading pass.
 */
final class JunctionIds {

    private int[] indexById = new int[1024];

    JunctionIds() {
        Arrays.fill(indexById, -1);
    }

    /** The index of junction {@code id}, made by {@code create} the first time the id is asked for. */
    int indexOf(int id, IntSupplier create) {
        if (id >= indexById.length) {
            int old = indexById.length;
            indexById = Arrays.copyOf(indexById, Math.max(id + 1, old * 2));
            Arrays.fill(indexById, old, indexById.length, -1);
        }
        if (indexById[id] < 0) {
            indexById[id] = create.getAsInt();
        }
        return indexById[id];
    }
}
