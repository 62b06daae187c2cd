package corridor.spark;

import corridor.monitor.indicator.Aggregates;
import corridor.monitor.state.StateJson;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link PartitionStates}: states parsed as their tasks end, merged in partition order. */
class PartitionStatesTest {

    @TempDir
    static Path dir;
    /** Four real states: the single-JVM ingests of four small fleets. */
    static List<String> states = new ArrayList<>();

    @BeforeAll
    static void fleets() {
        for (int seed = 1; seed <= 4; seed++) {
            states.add(Fleet.singleJvmState(Fleet.write(dir.resolve("fleet-" + seed + ".csv"), Fleet.pings(2, 3, seed))));
        }
    }

    private static Aggregates read(String state) {
        return StateJson.read(new StringReader(state), "test state");
    }

    @Test
    void statesOfPartitionsSomeEmptySomeWithTwoMergeAsAMergeInPartitionOrder() {
        // 6 partitions of 4 states: two partitions empty, one with two states
        List<String> texts = List.of(states.get(0), states.get(1), states.get(2), states.get(3));
        JavaRDD<String> rdd = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext())
                .parallelize(texts, 6);
        Aggregates expected = new Aggregates();
        for (String text : rdd.collect()) {
            expected.merge(read(text));
        }

        Aggregates merged = PartitionStates.merge(rdd, "test state");

        assertThat(Fleet.json(merged)).isEqualTo(Fleet.json(expected));
        assertThat(merged.trips()).isEqualTo(states.stream().mapToLong(s -> read(s).trips()).sum());
    }

    @Test
    void noStateGivesEmptyAggregates() {
        JavaRDD<String> none = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext())
                .parallelize(List.<String>of(), 3);

        assertThat(PartitionStates.merge(none, "test state").trips()).isZero();
    }

    @Test
    void aStateThatIsNotStateJsonFailsNamingWhatItWas() {
        JavaRDD<String> rdd = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext())
                .parallelize(List.of(states.get(0), "{\"not\": \"a state\""), 2);

        assertThatThrownBy(() -> PartitionStates.merge(rdd, "partition state")).hasMessageContaining("partition state");
    }
}
