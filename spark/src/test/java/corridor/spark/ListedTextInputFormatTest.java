package corridor.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ListedTextInputFormat}: Hadoop's splits of the listing the driver made, until it is forgotten. */
class ListedTextInputFormatTest {

    @TempDir
    Path dir;

    private static List<String> files(Job job) throws IOException {
        return new ListedTextInputFormat().getSplits(job).stream()
                .map(split -> ((FileSplit) split).getPath().getName()).sorted().toList();
    }

    private Job job() throws IOException {
        Job job = Job.getInstance(new Configuration(false));
        FileInputFormat.setInputPaths(job, dir.toString());
        return job;
    }

    @Test
    void aRememberedListingIsSplitAgainWithoutListingTheFilesAgain() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Files.writeString(dir.resolve("b.csv"), "x\n2\n");
        Job job = job();

        assertThat(ListedTextInputFormat.remember(job)).hasSize(2);
        Files.delete(dir.resolve("b.csv"));
        Files.writeString(dir.resolve("c.csv"), "x\n3\n");

        assertThat(files(job)).containsExactly("a.csv", "b.csv");
        Configuration copy = new Configuration(job.getConfiguration()); // as Spark copies it
        assertThat(files(Job.getInstance(copy))).containsExactly("a.csv", "b.csv");

        ListedTextInputFormat.forget(job.getConfiguration());
        assertThat(files(job)).containsExactly("a.csv", "c.csv");
    }

    @Test
    void aSmallerSplitSizeSplitsTheRememberedFilesAgain() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "x\n" + "1234567\n".repeat(100));
        Job job = job();
        ListedTextInputFormat.remember(job);
        job.getConfiguration().setLong(FileInputFormat.SPLIT_MAXSIZE, 200);
        try {
            List<InputSplit> splits = new ListedTextInputFormat().getSplits(job);
            assertThat(splits).hasSize(4);
            assertThat(splits.stream().mapToLong(split -> ((FileSplit) split).getLength()).sum())
                    .isEqualTo(Files.size(dir.resolve("a.csv")));
        } finally {
            ListedTextInputFormat.forget(job.getConfiguration());
        }
    }

    @Test
    void aConfigurationWithoutAListingIsListedByHadoop() throws Exception {
        Files.writeString(dir.resolve("a.csv"), "x\n1\n");
        Files.writeString(dir.resolve("_hidden.csv"), "x\n1\n");
        assertThat(files(job())).containsExactly("a.csv");
    }
}
