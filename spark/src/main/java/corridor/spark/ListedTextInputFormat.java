package corridor.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hadoop's text input over a listing the driver has already made. {@link PingInput} lists an
 * input's files once, to read its header and choose the split size; Spark's
 * {@code NewHadoopRDD} would list them again when it plans its partitions, which costs nothing on a
 * local disk but a second pass over thousands of objects on S3, and could see other files than the
 * first pass did. A configuration carrying a {@link #remember remembered} listing's key gets that
 * listing here; any other gets Hadoop's own. The splits are still Hadoop's, made from the listing
 * by {@link org.apache.hadoop.mapreduce.lib.input.FileInputFormat#getSplits}, and the records its
 * line reader's. Listings are held on the driver only, from {@link #remember} to {@link #forget}.
 * Thread-safe.
 */
public final class ListedTextInputFormat extends TextInputFormat {

    /** The configuration key of a remembered listing. */
    static final String LISTING = "corridor.input.listing";

    private static final Map<String, List<FileStatus>> LISTINGS = new ConcurrentHashMap<>();

    /** Hadoop instantiates input formats by their no-argument constructor. */
    public ListedTextInputFormat() {
    }

    /**
     * The files {@code job}'s input paths name, listed by Hadoop's rules (hidden files and
     * directories left out, globs expanded), remembered under a new key set in {@code job}'s
     * configuration: until {@link #forget}, this format lists that configuration's input from
     * memory.
     */
    static List<FileStatus> remember(JobContext job) throws IOException {
        job.getConfiguration().unset(LISTING);
        List<FileStatus> listed = List.copyOf(new ListedTextInputFormat().listStatus(job));
        String key = UUID.randomUUID().toString();
        LISTINGS.put(key, listed);
        job.getConfiguration().set(LISTING, key);
        return listed;
    }

    /** Drops the listing {@code conf} names, if any; later listings of it go to the file system. */
    static void forget(Configuration conf) {
        String key = conf.get(LISTING);
        if (key != null) {
            LISTINGS.remove(key);
        }
    }

    /** How many listings are held (tests). */
    static int held() {
        return LISTINGS.size();
    }

    @Override
    protected List<FileStatus> listStatus(JobContext job) throws IOException {
        String key = job.getConfiguration().get(LISTING);
        List<FileStatus> listed = key == null ? null : LISTINGS.get(key);
        return listed != null ? new ArrayList<>(listed) : super.listStatus(job);
    }
}
