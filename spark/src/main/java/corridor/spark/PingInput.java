package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.ingest.CsvPingReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.TaskAttemptID;
import org.apache.hadoop.mapreduce.lib.input.LineRecordReader;
import org.apache.hadoop.mapreduce.task.TaskAttemptContextImpl;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

/**
 * Reads pings from CSV or Parquet files (any path Spark reads: local, {@code hdfs://},
 * {@code s3a://}) and checks each record ({@link CheckedPings}), so that
 * {@link corridor.monitor.ingest.PingRows} applies the very rules of {@code corridor monitor
 * ingest} to them.
 *
 * <p>CSV is read as lines of text (Hadoop's text input: splits of large files read in parallel,
 * compressed files whole) and each line split by {@link CsvLines}, with no conversion to Spark's
 * rows. Each path is listed once, on the driver: its header, the split size and Spark's
 * partitions all come from that listing ({@link ListedTextInputFormat}). The first line of each
 * file is its header; every file must have the first file's. Parquet goes through Spark's reader:
 * numbers are written back as text and timestamps as ISO-8601 in UTC.
 *
 * <p>Columns are found by the names and aliases the CSV reader knows (vehicle_id, timestamp,
 * latitude, longitude, optional speed_kmh and heading); an unknown or missing column is an error
 * before any work starts. A CSV line with the wrong number of fields or an unclosed quote is
 * rejected as unparseable, as the single-JVM reader rejects such a record.
 */
final class PingInput {

    /** The text columns of Parquet rows before their checks (null where the record has none). */
    static final List<String> FIELDS = List.of("vehicle_id", "timestamp", "latitude", "longitude", "speed_kmh", "heading");
    /** A number per Parquet row increasing in the input's order (not a line number): the tie-break of equal times. */
    static final String ROW = "_row";

    private PingInput() {
    }

    /** The input's format by name: csv or parquet. */
    enum Format {
        CSV, PARQUET;

        static Format parse(String text, List<String> paths) {
            if (text == null || text.isBlank()) {
                boolean parquet = paths.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).endsWith(".parquet"));
                return parquet ? PARQUET : CSV;
            }
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "parquet" -> PARQUET;
                default -> throw InputException.ofParameter("--input-format", "must be csv or parquet, got '" + text + "'");
            };
        }
    }

    /**
     * The checked records of {@code paths}.
     *
     * @param spark the context; Parquet starts Spark's SQL engine, CSV needs none
     * @throws InputException when a path cannot be read or the header is wrong
     */
    static JavaRDD<PingRecord> read(SparkContext spark, List<String> paths, Format format, IngestOptions options,
                                    String where) {
        try {
            if (format == Format.CSV) {
                return csv(JavaSparkContext.fromSparkContext(spark), paths, options, where);
            }
            Dataset<Row> raw = SparkSessions.sql(spark).read().parquet(paths.toArray(String[]::new));
            StructType schema = raw.schema();
            int[] roles = CsvPingReader.columnRoles(Arrays.asList(schema.fieldNames()), where);
            return select(raw, schema, roles).javaRDD().mapPartitions(CheckedPings.ofRows(options, where));
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // Spark's AnalysisException (no such path, not Parquet) and Hadoop's InvalidInputException
            throw new InputException(where, "", "cannot read the pings: " + firstLine(e.getMessage()));
        }
    }

    private static JavaRDD<PingRecord> csv(JavaSparkContext context, List<String> paths, IngestOptions options,
                                           String where) throws IOException, InterruptedException {
        Configuration conf = new Configuration(context.hadoopConfiguration());
        // each path listed once, here: its header and the split size are read from this listing,
        // and Spark plans its partitions from it too (ListedTextInputFormat)
        List<Job> listings = new ArrayList<>();
        List<JavaNewHadoopRDD<LongWritable, Text>> files = new ArrayList<>();
        String header;
        try {
            List<FileSplit> splits = new ArrayList<>();
            for (String path : paths) {
                Job listing = Job.getInstance(new Configuration(conf));
                FileInputFormat.setInputPaths(listing, path);
                ListedTextInputFormat.remember(listing);
                listings.add(listing);
                for (InputSplit split : new ListedTextInputFormat().getSplits(listing)) {
                    splits.add((FileSplit) split);
                }
            }
            header = header(splits, conf, where);
            long maxSplitBytes = maxSplitBytes(splits, conf, context.defaultParallelism());
            for (int i = 0; i < paths.size(); i++) {
                // the listing's own configuration (its path, the listing's key), copied by Spark
                Configuration fileConf = listings.get(i).getConfiguration();
                if (maxSplitBytes > 0) {
                    fileConf.setLong(FileInputFormat.SPLIT_MAXSIZE, maxSplitBytes);
                }
                JavaNewHadoopRDD<LongWritable, Text> file = (JavaNewHadoopRDD<LongWritable, Text>) context.newAPIHadoopFile(
                        paths.get(i), ListedTextInputFormat.class, LongWritable.class, Text.class, fileConf);
                file.rdd().partitions(); // planned now, while the listing is held (Spark keeps the plan)
                files.add(file);
            }
        } finally {
            for (Job listing : listings) {
                ListedTextInputFormat.forget(listing.getConfiguration());
            }
        }
        String[] names = CsvLines.split(header);
        if (names == null) {
            throw new InputException(where + " line 1", "header", "cannot read the CSV header: an unclosed quote");
        }
        int[] roles = CsvPingReader.columnRoles(Arrays.asList(names), where);
        List<JavaRDD<String>> lines = new ArrayList<>();
        for (JavaNewHadoopRDD<LongWritable, Text> file : files) {
            lines.add(file.mapPartitionsWithInputSplit(new Lines(header), true));
        }
        JavaRDD<String> all = lines.size() == 1 ? lines.get(0)
                : context.union(lines.toArray(JavaRDD[]::new));
        return all.mapPartitionsWithIndex(CheckedPings.ofLines(roles, names.length, options, where), true);
    }

    /**
     * The first line of the first file that has one, read here on the driver from the splits the
     * tasks' input format makes of the same paths (a Spark job for one line would cost a round of
     * scheduling and a task).
     */
    private static String header(List<FileSplit> splits, Configuration conf, String where)
            throws IOException, InterruptedException {
        for (FileSplit split : splits) {
            if (split.getStart() == 0) {
                String first = firstLine(split, conf);
                if (first != null) {
                    return first;
                }
            }
        }
        throw new InputException(where + " line 1", "header", "no header: the input holds no line");
    }

    /** Splits are not made smaller than this to share the reading out (each task has its own cost). */
    static final long MIN_SPLIT_BYTES = 1L << 20;

    /**
     * The largest split that makes the number of splits a multiple of {@code cores}, or 0 to keep
     * Hadoop's splits: {@code corridor-spark} reads a file in splits of the file system's block (32 MB
     * on a local disk), 17 for a file of 566 MB, so on two cores the last split was read while the
     * other core idled; 18 splits of 31.5 MB end together. A file smaller than a block is split too
     * (down to {@link #MIN_SPLIT_BYTES}), so that every core reads. Hadoop's splits are kept when the
     * user sets a split size, or when a file is compressed (read whole, one task each).
     */
    static long maxSplitBytes(List<FileSplit> splits, Configuration conf, int cores) {
        if (cores < 2 || splits.isEmpty() || conf.get(FileInputFormat.SPLIT_MAXSIZE) != null
                || conf.getLong(FileInputFormat.SPLIT_MINSIZE, 1) > 1) {
            return 0;
        }
        if (splits.size() % cores == 0) {
            return 0;
        }
        CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
        long bytes = 0;
        long largest = 0;
        for (FileSplit split : splits) {
            if (codecs.getCodec(split.getPath()) != null) {
                return 0;
            }
            bytes += split.getLength();
            largest = Math.max(largest, split.getLength());
        }
        long wanted = (splits.size() + cores - 1) / cores * (long) cores;
        long splitBytes = Math.max(MIN_SPLIT_BYTES, (bytes + wanted - 1) / wanted);
        return splitBytes < largest ? splitBytes : 0;
    }

    /** The first line of a split, as the tasks' reader reads it (compressed files too); null when it has none. */
    private static String firstLine(FileSplit split, Configuration conf) throws IOException, InterruptedException {
        try (LineRecordReader reader = new LineRecordReader()) {
            reader.initialize(split, new TaskAttemptContextImpl(conf, new TaskAttemptID()));
            return reader.nextKeyValue() ? reader.getCurrentValue().toString() : null;
        }
    }

    /**
     * The lines of one split as text, without the header (the first line of a file's first split,
     * which must equal the first file's) and without empty lines.
     */
    private static final class Lines implements Function2<InputSplit, Iterator<Tuple2<LongWritable, Text>>,
            Iterator<String>>, Serializable {
        private static final long serialVersionUID = 1L;
        private final String header;

        Lines(String header) {
            this.header = header;
        }

        @Override
        public Iterator<String> call(InputSplit split, Iterator<Tuple2<LongWritable, Text>> records) {
            FileSplit file = (FileSplit) split;
            if (file.getStart() == 0 && records.hasNext()) {
                String first = records.next()._2().toString();
                if (!first.equals(header)) {
                    throw new InputException(file.getPath() + " line 1", "header",
                            "differs from the first file's header '" + header + "': every file of one input has the same columns");
                }
            }
            return new Iterator<>() {
                private String next;

                @Override
                public boolean hasNext() {
                    while (next == null && records.hasNext()) {
                        Text text = records.next()._2();
                        if (text.getLength() > 0) {
                            // String's own UTF-8 decoding (a fast path for ASCII); malformed bytes
                            // become U+FFFD, as in Text.toString() and in the single-JVM reader
                            next = new String(text.getBytes(), 0, text.getLength(), StandardCharsets.UTF_8);
                        }
                    }
                    return next != null;
                }

                @Override
                public String next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    String line = next;
                    next = null;
                    return line;
                }
            };
        }
    }

    private static Dataset<Row> select(Dataset<Row> raw, StructType schema, int[] roles) {
        List<Column> columns = new ArrayList<>();
        for (int role = 0; role < FIELDS.size(); role++) {
            if (roles[role] < 0) {
                columns.add(lit(null).cast(DataTypes.StringType).as(FIELDS.get(role)));
                continue;
            }
            StructField field = schema.fields()[roles[role]];
            columns.add(asText(col("`" + field.name() + "`"), field.dataType()).as(FIELDS.get(role)));
        }
        columns.add(monotonically_increasing_id().as(ROW));
        return raw.select(columns.toArray(Column[]::new));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Column asText(Column column, DataType type) {
        if (type.equals(DataTypes.TimestampType)) {
            return date_format(column, "yyyy-MM-dd'T'HH:mm:ssXXX");
        }
        return type.equals(DataTypes.StringType) ? column : column.cast(DataTypes.StringType);
    }
}
