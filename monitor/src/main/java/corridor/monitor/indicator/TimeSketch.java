package corridor.monitor.indicator;

import com.datadoghq.sketch.ddsketch.DDSketch;
import com.datadoghq.sketch.ddsketch.mapping.LogarithmicMapping;
import com.datadoghq.sketch.ddsketch.store.Bin;
import com.datadoghq.sketch.ddsketch.store.Store;
import com.datadoghq.sketch.ddsketch.store.UnboundedSizeDenseStore;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The distribution of the single times (seconds) of one subject in one month, kept in a DDSketch
 * (Masson, Rim and Lee 2019; Datadog's sketches-java) with a fixed relative accuracy of
 * {@link #RELATIVE_ACCURACY}: any quantile it returns lies within 1% of the true quantile's value.
 *
 * <p>A DDSketch is a histogram over logarithmic buckets: a time falls into bucket
 * ⌈log<sub>γ</sub>(t)⌉ with γ = (1 + α)/(1 − α). Merging adds bucket counts, and every count is a
 * whole number, so the sketch of two parts of the input merged is exactly the sketch of the
 * whole, bucket for bucket, in any order; quantiles of equal sketches are equal. Times of zero
 * have a bucket of their own.
 *
 * <p>Not thread-safe; {@link Aggregates} owns its sketches.
 */
public final class TimeSketch {

    /** Relative accuracy of every quantile: 1%. */
    public static final double RELATIVE_ACCURACY = 0.01;
    private static final LogarithmicMapping MAPPING = new LogarithmicMapping(RELATIVE_ACCURACY);

    private final DDSketch sketch;

    /** An empty sketch. */
    public TimeSketch() {
        this(new DDSketch(MAPPING, UnboundedSizeDenseStore::new));
    }

    private TimeSketch(DDSketch sketch) {
        this.sketch = sketch;
    }

    /** Adds one time, seconds (negative times count as zero). */
    void add(long seconds) {
        sketch.accept(Math.max(0, seconds));
    }

    /** Adds every time of {@code other} to this. */
    public void merge(TimeSketch other) {
        sketch.mergeWith(other.sketch);
    }

    /** An independent copy. */
    TimeSketch copy() {
        return new TimeSketch(sketch.copy());
    }

    /** How many times it holds. */
    public long count() {
        return Math.round(sketch.getCount());
    }

    /**
     * The time at quantile {@code q} (0..1), seconds, within 1% of the true value; null when empty.
     */
    public Double quantileSeconds(double q) {
        return sketch.isEmpty() ? null : sketch.getValueAtQuantile(q);
    }

    /** How many times were zero. */
    public long zeroCount() {
        return Math.round(sketch.getCount() - sketch.getPositiveValueStore().getTotalCount());
    }

    /** The non-empty buckets, ascending by index: {index, count} pairs. */
    public List<long[]> bins() {
        List<long[]> bins = new ArrayList<>();
        Iterator<Bin> it = sketch.getPositiveValueStore().getAscendingIterator();
        while (it.hasNext()) {
            Bin bin = it.next();
            if (bin.getCount() > 0) {
                bins.add(new long[]{bin.getIndex(), Math.round(bin.getCount())});
            }
        }
        return bins;
    }

    /** A sketch from stored buckets (see {@link #bins()}, {@link #zeroCount()}). */
    public static TimeSketch of(long zeroCount, List<long[]> bins) {
        DDSketch sketch = new DDSketch(MAPPING, UnboundedSizeDenseStore::new);
        Store positive = sketch.getPositiveValueStore();
        for (long[] bin : bins) {
            positive.add((int) bin[0], bin[1]);
        }
        if (zeroCount > 0) {
            sketch.accept(0, zeroCount);
        }
        return new TimeSketch(sketch);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TimeSketch other) || zeroCount() != other.zeroCount()) {
            return false;
        }
        List<long[]> a = bins();
        List<long[]> b = other.bins();
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        long h = zeroCount();
        for (long[] bin : bins()) {
            h = 31 * h + bin[0] * 17 + bin[1];
        }
        return Long.hashCode(h);
    }
}
