package corridor.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link PingInput#maxSplitBytes}: as many splits as a multiple of the cores, unless the user or the file says otherwise. */
class SplitSizeTest {

    private static final long BLOCK = 32L << 20;

    /** Hadoop's splits of one file of {@code bytes}: whole blocks, the last up to 1.1 blocks. */
    private static List<FileSplit> blocks(String name, long bytes) {
        List<FileSplit> splits = new ArrayList<>();
        long start = 0;
        while ((double) (bytes - start) / BLOCK > 1.1) {
            splits.add(new FileSplit(new Path("/pings/" + name), start, BLOCK, new String[0]));
            start += BLOCK;
        }
        splits.add(new FileSplit(new Path("/pings/" + name), start, bytes - start, new String[0]));
        return splits;
    }

    /** How many splits Hadoop's text input makes of {@code bytes} with splits of at most {@code max}. */
    private static long count(long bytes, long max) {
        long size = Math.min(BLOCK, max);
        long count = 1;
        for (long left = bytes; (double) left / size > 1.1; left -= size) {
            count++;
        }
        return count;
    }

    @Test
    void seventeenBlocksOnTwoCoresBecomeEighteenSplitsOfEqualSize() {
        long bytes = 566_204_967L; // the 10,000,000 pings of bench/spark/run.sh
        List<FileSplit> splits = blocks("pings.csv", bytes);
        assertThat(splits).hasSize(17);

        long max = PingInput.maxSplitBytes(splits, new Configuration(false), 2);

        assertThat(max).isBetween(31_000_000L, BLOCK - 1);
        assertThat(count(bytes, max)).isEqualTo(18);
    }

    @Test
    void aCountThatIsAlreadyAMultipleOfTheCoresIsKept() {
        assertThat(PingInput.maxSplitBytes(blocks("pings.csv", 16 * BLOCK), new Configuration(false), 2)).isZero();
        assertThat(PingInput.maxSplitBytes(blocks("pings.csv", 17 * BLOCK), new Configuration(false), 1)).isZero();
    }

    @Test
    void aFileSmallerThanABlockIsSplitForEveryCoreButNotBelowAMegabyte() {
        long max = PingInput.maxSplitBytes(blocks("pings.csv", 3_000_000), new Configuration(false), 4);
        assertThat(count(3_000_000, max)).isEqualTo(3); // four would be under a megabyte each
        assertThat(max).isEqualTo(PingInput.MIN_SPLIT_BYTES);

        assertThat(PingInput.maxSplitBytes(blocks("pings.csv", 900_000), new Configuration(false), 2)).isZero();
    }

    @Test
    void theUsersSplitSizeAndCompressedFilesKeepHadoopsSplits() {
        Configuration userMax = new Configuration(false);
        userMax.setLong(FileInputFormat.SPLIT_MAXSIZE, 8L << 20);
        Configuration userMin = new Configuration(false);
        userMin.setLong(FileInputFormat.SPLIT_MINSIZE, 64L << 20);
        List<FileSplit> splits = blocks("pings.csv", 17 * BLOCK);

        assertThat(PingInput.maxSplitBytes(splits, userMax, 2)).isZero();
        assertThat(PingInput.maxSplitBytes(splits, userMin, 2)).isZero();

        List<FileSplit> mixed = new ArrayList<>(splits);
        mixed.add(new FileSplit(new Path("/pings/more.csv.gz"), 0, 5_000_000, new String[0]));
        assertThat(PingInput.maxSplitBytes(mixed, new Configuration(), 2)).isZero();
    }
}
