package corridor.routing.graph;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Finds the position of an id in a list of records without boxing: an open-addressing table of
 * int positions, about 8 bytes per record, where a hash map of strings would take over 50.
 */
final class IdIndex {

    private final int[] slots;
    private final int mask;
    private final IntFunction<String> idAt;

    /**
     * @param size   how many records
     * @param idAt   the id of the record at a position
     * @param onDuplicate called with the position of a record whose id an earlier one has
     */
    IdIndex(int size, IntFunction<String> idAt, java.util.function.IntConsumer onDuplicate) {
        int capacity = Integer.highestOneBit(Math.max(4, size * 2 - 1)) << 1;
        this.slots = new int[capacity];
        this.mask = capacity - 1;
        this.idAt = idAt;
        java.util.Arrays.fill(slots, -1);
        for (int i = 0; i < size; i++) {
            String id = idAt.apply(i);
            int slot = mix(id.hashCode()) & mask;
            while (slots[slot] >= 0) {
                if (idAt.apply(slots[slot]).equals(id)) {
                    onDuplicate.accept(i);
                }
                slot = (slot + 1) & mask;
            }
            slots[slot] = i;
        }
    }

    static <T> IdIndex of(List<T> records, java.util.function.Function<T, String> id,
                          java.util.function.IntConsumer onDuplicate) {
        return new IdIndex(records.size(), i -> id.apply(records.get(i)), onDuplicate);
    }

    /** The position of {@code id}, or -1. */
    int indexOf(String id) {
        if (id == null) {
            return -1;
        }
        for (int slot = mix(id.hashCode()) & mask; slots[slot] >= 0; slot = (slot + 1) & mask) {
            if (idAt.apply(slots[slot]).equals(id)) {
                return slots[slot];
            }
        }
        return -1;
    }

    long bytes() {
        return 16 + 4L * slots.length;
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
