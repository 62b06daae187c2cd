package corridor.model.network;

import java.util.Arrays;

/**
 * A binary min-heap of int items (nodes, states) keyed by double (hours, km), on primitive arrays:
 * the one the graph searches share, routing's router and monitor's road matcher. An item may be
 * pushed again with a smaller key; the stale entries are left to the caller to skip. Not thread-safe.
 */
public final class MinHeap {

    private double[] keys = new double[256];
    private int[] items = new int[256];
    private int size;

    /** Empties the heap, keeping its arrays. */
    public void clear() {
        size = 0;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** The least key; undefined when the heap is empty. */
    public double peekKey() {
        return keys[0];
    }

    /** Adds {@code item} with {@code key}; equal keys leave in no promised order. */
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
            put(i, keys[parent], items[parent]);
            i = parent;
        }
        put(i, key, item);
    }

    /** Removes and returns the item with the least key; undefined when the heap is empty. */
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
                put(i, keys[child], items[child]);
                i = child;
            }
            put(i, key, item);
        }
        return top;
    }

    /** Puts an entry in slot {@code i} (as the sift loops move entries up or down). */
    private void put(int i, double key, int item) {
        keys[i] = key;
        items[i] = item;
    }
}
