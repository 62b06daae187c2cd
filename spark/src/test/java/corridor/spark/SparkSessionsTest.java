package corridor.spark;

import org.apache.spark.ShuffleDependency;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.shuffle.sort.SortShuffleManager$;
import org.apache.spark.shuffle.sort.SortShuffleWriter$;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkSessionsTest {

    @Test
    void aLocalMasterWritesItsShuffleSortedAndUncompressed() {
        SparkConf conf = SparkSessions.configure(new SparkConf().setMaster("local[2]"));

        assertThat(conf.get(SparkSessions.BYPASS_MERGE_THRESHOLD)).isEqualTo("0");
        assertThat(conf.get("spark.shuffle.compress")).isEqualTo("false");
    }

    @Test
    void aClusterKeepsSparksOwnShuffleSettings() {
        SparkConf conf = SparkSessions.configure(new SparkConf().setMaster("spark://127.0.0.1:7077"));

        assertThat(conf.contains(SparkSessions.BYPASS_MERGE_THRESHOLD)).isFalse();
        assertThat(conf.contains("spark.shuffle.compress")).isFalse();
    }

    @Test
    void aThresholdTheUserSetIsKept() {
        SparkConf conf = SparkSessions.configure(new SparkConf().setMaster("local[2]")
                .set(SparkSessions.BYPASS_MERGE_THRESHOLD, "200"));

        assertThat(conf.get(SparkSessions.BYPASS_MERGE_THRESHOLD)).isEqualTo("200");
    }

    /**
     * The threshold of 0 is only worth it when the monitor's shuffle can take Spark's serialized
     * writer (Kryo's records relocatable, no aggregation); else Spark falls back to sorting
     * deserialized records, which is slower than the per-partition files it replaced.
     */
    @Test
    void theMonitorsShuffleTakesTheSerializedWriter() {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(TestSpark.session().sparkContext());
        JavaPairRDD<String, byte[]> blocks = context.parallelizePairs(List.of(
                new Tuple2<>("truck-1", new byte[] {1}), new Tuple2<>("truck-2", new byte[] {2})), 2);

        JavaPairRDD<String, byte[]> shuffled = blocks.repartitionAndSortWithinPartitions(
                new VehicleBlocks.ByVehicle(8), Comparator.naturalOrder());
        ShuffleDependency<?, ?, ?> dependency = (ShuffleDependency<?, ?, ?>) shuffled.rdd().dependencies().head();

        assertThat(SortShuffleWriter$.MODULE$.shouldBypassMergeSort(context.getConf(), dependency)).isFalse();
        assertThat(SortShuffleManager$.MODULE$.canUseSerializedShuffle(dependency)).isTrue();
        assertThat(shuffled.collect()).extracting(Tuple2::_1).containsExactlyInAnyOrder("truck-1", "truck-2");
    }
}
