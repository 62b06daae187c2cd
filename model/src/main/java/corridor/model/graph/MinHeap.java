package corridor.model.graph;

import java.util.Arrays;

/**
 * The one priority queue of the engines' shortest-path searches: a binary min-heap of int items (node or arc
 * indexes) keyed by double (hours, km, metres, a weighted cost: whatever the search minimises), on two primitive
 * arrays that grow as needed and are kept between searches. There is no decrease-key: a search pushes an item again
 * when it finds a better key and skips the stale entries it pops (compare the popped key with its own distance).
 *
 * <p>Not thread-safe: one heap per search thread (a router or matcher holds its own).
 */
public final class MinHeap {

    private double[] keys = new double[256];
    private int[] items = new int[256];
    private int size;

    /** Empties the heap, keeping its arrays. */
    public void clear() {
        size = 0;
    }

    /** Whether the heap holds no entry. */
    public boolean isEmpty() {
        return size == 0;
    }

    /** How many entries the heap holds, stale ones included. */
    public int size() {
        return size;
    }

    /** The least key; undefined when the heap is empty. */
    public double peekKey() {
        return keys[0];
    }

    /** Adds {@code item} with {@code key}; the same item may be in the heap more than once. */
    public void push(double key, int item) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            items = Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (keys[parent] <= key) {
                break;
            }
            keys[i] = keys[parent];
            items[i] = items[parent];
            i = parent;
        }
        keys[i] = key;
        items[i] = item;
    }

    /** Removes and returns the item with the least key (read {@link #peekKey()} first for its key). */
    public int pop() {
        int top = items[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int item = items[size];
            int i = 0;
            int half = size >>> 1;
            while (i < half) {
                int child = 2 * i + 1;
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (key <= keys[child]) {
                    break;
                }
                keys[i] = keys[child];
                items[i] = items[child];
                i = child;
            }
            keys[i] = key;
            items[i] = item;
        }
        return top;
    }
}
