package corridor.routing.search;

import java.util.Arrays;

/**
 * The labels of a Pareto search in primitive pools: each label is a partial route (its state,
 * criteria, predecessor label and last arc); each state keeps a bag of non-dominated labels as a
 * linked list; the labels that reached the target form the result set.
 */
final class ParetoLabels {

    static final int REJECTED = -1;
    static final int FULL = -2;
    static final int ADDED = 0;

    int[] state = new int[1024];
    double[] hours = new double[1024];
    double[] cost = new double[1024];
    double[] co2 = new double[1024];
    double[] risk = new double[1024];
    int[] pred = new int[1024];
    int[] arc = new int[1024];
    int[] next = new int[1024];
    boolean[] dead = new boolean[1024];
    private int size;

    private final int[] bagHead;
    private final int[] bagCount;
    private final int[] bagStamp;
    private int stamp;

    private int[] targets = new int[16];
    private int targetCount;

    ParetoLabels(int states) {
        bagHead = new int[states];
        bagCount = new int[states];
        bagStamp = new int[states];
    }

    void reset() {
        size = 0;
        targetCount = 0;
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(bagStamp, 0);
            stamp = 1;
        }
    }

    int add(int s, double h, double c, double e, double r, int predecessor, int lastArc) {
        if (size == state.length) {
            grow();
        }
        int x = size++;
        state[x] = s;
        hours[x] = h;
        cost[x] = c;
        co2[x] = e;
        risk[x] = r;
        pred[x] = predecessor;
        arc[x] = lastArc;
        next[x] = -1;
        dead[x] = false;
        return x;
    }

    void insertInBag(int x) {
        int s = state[x];
        touch(s);
        next[x] = bagHead[s];
        bagHead[s] = x;
        bagCount[s]++;
    }

    private void touch(int s) {
        if (bagStamp[s] != stamp) {
            bagStamp[s] = stamp;
            bagHead[s] = -1;
            bagCount[s] = 0;
        }
    }

    /**
     * Offers a new label at state {@code s}: rejected if a label there is no worse on every
     * criterion, within the relative tolerance {@code epsilon}; otherwise the labels it dominates die, and it is added unless the bag is full.
     *
     * @return the new label, {@link #REJECTED} or {@link #FULL}
     */
    int offerBag(int s, double h, double c, double e, double r, int bound, double epsilon, int predecessor,
                 int lastArc) {
        touch(s);
        double f = 1 + epsilon;
        for (int y = bagHead[s]; y >= 0; y = next[y]) {
            if (hours[y] <= h * f && cost[y] <= c * f && co2[y] <= e * f && risk[y] <= r * f) {
                return REJECTED;
            }
        }
        int previous = -1;
        for (int y = bagHead[s]; y >= 0; y = next[y]) {
            if (h <= hours[y] && c <= cost[y] && e <= co2[y] && r <= risk[y]) {
                remove(s, y, previous);
            } else {
                previous = y;
            }
        }
        if (bagCount[s] >= bound && !evictForChampion(s, h, c, e, r)) {
            return FULL;
        }
        int x = add(s, h, c, e, r, predecessor, lastArc);
        insertInBag(x);
        return x;
    }

    /** Marks label {@code y} dead and unlinks it from the bag of {@code s}; {@code previous} precedes it there (-1: none). */
    private void remove(int s, int y, int previous) {
        dead[y] = true;
        bagCount[s]--;
        if (previous < 0) {
            bagHead[s] = next[y];
        } else {
            next[previous] = next[y];
        }
    }

    /**
     * When a bag is full, a newcomer that beats every label in it on some criterion still gets in,
     * in place of a label that is best on none (counting the newcomer), so that the extremes (the
     * cheapest, the safest) survive the bound. Returns whether a place was made.
     */
    private boolean evictForChampion(int s, double h, double c, double e, double r) {
        double minH = h, minC = c, minE = e, minR = r;
        for (int y = bagHead[s]; y >= 0; y = next[y]) {
            minH = Math.min(minH, hours[y]);
            minC = Math.min(minC, cost[y]);
            minE = Math.min(minE, co2[y]);
            minR = Math.min(minR, risk[y]);
        }
        boolean champion = h == minH || c == minC || e == minE || r == minR;
        if (!champion) {
            return false;
        }
        int previous = -1;
        for (int y = bagHead[s]; y >= 0; previous = y, y = next[y]) {
            if (hours[y] > minH && cost[y] > minC && co2[y] > minE && risk[y] > minR) {
                remove(s, y, previous);
                return true;
            }
        }
        return false;
    }

    /** Whether a route already found is no worse than these (lower-bounded) criteria on every one. */
    boolean targetDominates(double h, double c, double e, double r) {
        for (int i = 0; i < targetCount; i++) {
            int y = targets[i];
            if (hours[y] <= h && cost[y] <= c && co2[y] <= e && risk[y] <= r) {
                return true;
            }
        }
        return false;
    }

    /** Offers a route reaching the target: {@link #ADDED}, {@link #REJECTED} or {@link #FULL}. */
    int offerTarget(double h, double c, double e, double r, int bound) {
        if (targetDominates(h, c, e, r)) {
            return REJECTED;
        }
        int kept = 0;
        for (int i = 0; i < targetCount; i++) {
            int y = targets[i];
            if (!(h <= hours[y] && c <= cost[y] && e <= co2[y] && r <= risk[y])) {
                targets[kept++] = y;
            }
        }
        targetCount = kept;
        if (targetCount >= bound) {
            return FULL;
        }
        int x = add(-1, h, c, e, r, -1, -1);
        if (targetCount == targets.length) {
            targets = Arrays.copyOf(targets, targetCount * 2);
        }
        targets[targetCount++] = x;
        return ADDED;
    }

    /** The target label added last. */
    int lastTarget() {
        return targets[targetCount - 1];
    }

    /** Sets the state, predecessor and arc of the target label just added. */
    void setLastTarget(int s, int predecessor, int lastArc) {
        int x = targets[targetCount - 1];
        state[x] = s;
        pred[x] = predecessor;
        arc[x] = lastArc;
    }

    int[] targets() {
        return Arrays.copyOf(targets, targetCount);
    }

    /** The arcs from the origin to label {@code x}, in order. */
    int[] arcsTo(int x) {
        int count = 0;
        for (int y = x; arc[y] >= 0; y = pred[y]) {
            count++;
        }
        int[] arcs = new int[count];
        for (int y = x, i = count - 1; arc[y] >= 0; y = pred[y], i--) {
            arcs[i] = arc[y];
        }
        return arcs;
    }

    private void grow() {
        int n = state.length * 2;
        state = Arrays.copyOf(state, n);
        hours = Arrays.copyOf(hours, n);
        cost = Arrays.copyOf(cost, n);
        co2 = Arrays.copyOf(co2, n);
        risk = Arrays.copyOf(risk, n);
        pred = Arrays.copyOf(pred, n);
        arc = Arrays.copyOf(arc, n);
        next = Arrays.copyOf(next, n);
        dead = Arrays.copyOf(dead, n);
    }
}
