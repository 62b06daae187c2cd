package corridor.monitor.indicator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TimeSketchTest {

    @Property(tries = 50)
    void splitAndMergeEqualsOnePassExactly(@ForAll @Size(max = 60) List<@LongRange(min = 0, max = 3_000_000) Long> times,
                                           @ForAll @LongRange(min = 0, max = 60) long cut) {
        TimeSketch one = new TimeSketch();
        TimeSketch a = new TimeSketch();
        TimeSketch b = new TimeSketch();
        for (int i = 0; i < times.size(); i++) {
            one.add(times.get(i));
            (i < cut ? a : b).add(times.get(i));
        }
        b.merge(a);
        assertThat(b).isEqualTo(one);
        assertThat(b.quantileSeconds(0.95)).isEqualTo(one.quantileSeconds(0.95));
        TimeSketch stored = TimeSketch.of(one.zeroCount(), one.bins());
        assertThat(stored).isEqualTo(one);
        assertThat(stored.count()).isEqualTo(times.size());
        assertThat(stored.quantileSeconds(0.5)).isEqualTo(one.quantileSeconds(0.5));
    }

    @Test
    void quantilesLieWithinTheRelativeAccuracy() {
        TimeSketch sketch = new TimeSketch();
        for (long s = 1; s <= 1000; s++) {
            sketch.add(s * 60);
        }
        // DDSketch's quantile q is the value of rank floor(q * (n - 1)): 500th and 950th of 1..1000 minutes
        assertThat(sketch.quantileSeconds(0.5)).isCloseTo(500 * 60.0, within(500 * 60 * TimeSketch.RELATIVE_ACCURACY));
        assertThat(sketch.quantileSeconds(0.95)).isCloseTo(950 * 60.0, within(950 * 60 * TimeSketch.RELATIVE_ACCURACY));
        assertThat(new TimeSketch().quantileSeconds(0.5)).isNull();
    }
}
