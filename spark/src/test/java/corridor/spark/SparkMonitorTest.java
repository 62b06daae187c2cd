package corridor.spark;

import corridor.api.monitor.IndicatorCsv;
import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.state.StateJson;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SparkMonitorTest {

    /** Rows every reader must reject, each for its reason, on vehicles of their own. */
    private static final String BAD_ROWS = """
            bad-1,not-a-time,30.0,70.0,10.0
            bad-2,2025-03-02T00:00:00Z,95.0,70.0,10.0
            bad-3,2030-01-01T00:00:00Z,30.0,70.0,10.0
            ,2025-03-02T00:00:00Z,30.0,70.0,10.0
            bad-4,2025-03-02T00:00:00Z,30.0
            dup-1,2025-03-03T00:00:00Z,30.0,70.0,0.0
            dup-1,2025-03-03T00:00:00Z,30.0,70.0,0.0
            dup-1,2025-03-03T00:01:00Z,40.0,70.0,0.0
            """;

    @TempDir
    static Path dir;
    static String pings;
    static Path csv;
    static SparkSession spark;

    @BeforeAll
    static void fleet() {
        spark = TestSpark.session();
        pings = Fleet.pings(4, 12, 7);
        csv = Fleet.write(dir.resolve("pings.csv"), pings + BAD_ROWS);
    }

    private static SparkMonitor.Job job(List<String> paths, String carryIn, String carryOut, Long batchEnd) {
        return new SparkMonitor.Job(paths, null, DatasetSource.builtIn(), IngestOptions.defaults(Fleet.NOW), 2,
                carryIn, carryOut, batchEnd);
    }

    private static SparkMonitor.Result run(SparkMonitor.Job job) {
        return SparkMonitor.run(spark.sparkContext(), job, message -> { });
    }

    @Test
    void csvOnSparkGivesExactlyTheStateOfTheSingleJvmIngest() {
        String single = Fleet.singleJvmState(csv);
        SparkMonitor.Result result = run(job(List.of(csv.toString()), null, null, null));

        assertThat(Fleet.json(result.aggregates())).isEqualTo(single);
        Aggregates a = result.aggregates();
        assertThat(a.trips()).isGreaterThanOrEqualTo(10);
        assertThat(a.tallies()).hasSizeGreaterThan(30);
        // every reason of BAD_ROWS was met: unparseable (3), impossible, future, duplicate, teleport
        assertThat(a.rejectedPings()).hasSize(5);
        assertThat(a.rejectedTotal()).isEqualTo(7);
    }

    @Test
    void parquetWithTypedColumnsGivesTheSameState() {
        Path clean = Fleet.write(dir.resolve("clean.csv"), pings);
        StructType typed = new StructType().add("vehicle_id", DataTypes.StringType).add("timestamp", DataTypes.TimestampType)
                .add("latitude", DataTypes.DoubleType).add("longitude", DataTypes.DoubleType)
                .add("speed_kmh", DataTypes.DoubleType);
        String parquet = dir.resolve("pings.parquet").toString();
        spark.read().schema(typed).option("header", "true").csv(clean.toString()).write().parquet(parquet);

        SparkMonitor.Result result = run(job(List.of(parquet), null, null, null));

        assertThat(Fleet.json(result.aggregates())).isEqualTo(Fleet.singleJvmState(clean));
    }

    @Test
    void quotedFieldsAndCrlfLinesInADirectoryOfFilesGiveTheSingleJvmState() {
        // the header moved and quoted, one vehicle id with a comma in quotes, Windows line ends,
        // the vehicles interleaved (pings in time order, as a live feed sends them), split over
        // two files of one directory (each with the header)
        List<String> lines = new java.util.ArrayList<>(pings.lines().toList());
        lines.subList(1, lines.size()).sort(java.util.Comparator.comparing(l -> l.split(",")[1]));
        StringBuilder a = new StringBuilder("\"timestamp\",vehicle_id,latitude,longitude,speed_kmh\r\n");
        StringBuilder b = new StringBuilder(a);
        StringBuilder whole = new StringBuilder(a);
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            String vehicle = f[0].equals("truck-0002") ? "\"truck,0002\"" : f[0];
            String line = "\"" + f[1] + "\"," + vehicle + "," + f[2] + "," + f[3] + "," + f[4] + "\r\n";
            (i < lines.size() / 2 ? a : b).append(line);
            whole.append(line);
        }
        Path folder = dir.resolve("quoted");
        Fleet.write(folder.resolve("part-1.csv"), a.toString());
        Fleet.write(folder.resolve("part-2.csv"), b.toString());
        Path single = Fleet.write(dir.resolve("quoted-whole.csv"), whole.toString());

        SparkMonitor.Result result = run(job(List.of(folder.toString()), null, null, null));

        assertThat(Fleet.json(result.aggregates())).isEqualTo(Fleet.singleJvmState(single));
        assertThat(result.aggregates().trips()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void aDatasetDirectoryIsBroadcastToTheTasksAndGivesTheSameState() throws IOException {
        Path data = dir.resolve("dataset");
        corridor.data.BuiltInDataset.exportTo(data);
        SparkMonitor.Job job = new SparkMonitor.Job(List.of(csv.toString()), null, DatasetSource.directory(data),
                IngestOptions.defaults(Fleet.NOW), 3, null, null, null);

        SparkMonitor.Result result = run(job);

        assertThat(Fleet.json(result.aggregates())).isEqualTo(Fleet.singleJvmState(csv));
        assertThat(result.partitions()).isEqualTo(3);
    }

    @Test
    void aFileSmallerThanABlockIsReadInOneSplitPerCoreAndGivesTheSameState() throws IOException {
        // 2 to 3 MB: one split of Hadoop's 32 MB blocks, two here, one for each core of the test session
        Path bigger = Fleet.write(dir.resolve("bigger.csv"), Fleet.pings(12, 14, 3));
        assertThat(Files.size(bigger)).isBetween(2 * PingInput.MIN_SPLIT_BYTES, 32L << 20);

        var records = PingInput.read(spark.sparkContext(), List.of(bigger.toString()), PingInput.Format.CSV,
                IngestOptions.defaults(Fleet.NOW), "bigger.csv");
        SparkMonitor.Result result = run(job(List.of(bigger.toString()), null, null, null));

        assertThat(records.getNumPartitions()).isEqualTo(spark.sparkContext().defaultParallelism());
        assertThat(records.count()).isEqualTo(Fleet.pings(12, 14, 3).lines().count() - 1);
        assertThat(Fleet.json(result.aggregates())).isEqualTo(Fleet.singleJvmState(bigger));
    }

    @Test
    void aDirectoryIsListedOnceWhenItIsReadAndAFileAddedLaterIsNotHalfRead() throws IOException {
        Path input = Files.createDirectories(dir.resolve("listed-once"));
        Fleet.write(input.resolve("a.csv"), Fleet.pings(2, 3, 5));
        int held = ListedTextInputFormat.held();

        var records = PingInput.read(spark.sparkContext(), List.of(input.toString()), PingInput.Format.CSV,
                IngestOptions.defaults(Fleet.NOW), "listed-once");
        // after the input was read and before its job runs: Spark's partitions come from the first listing
        Fleet.write(input.resolve("b.csv"), Fleet.pings(2, 3, 6));

        assertThat(records.count()).isEqualTo(Fleet.pings(2, 3, 5).lines().count() - 1);
        assertThat(ListedTextInputFormat.held()).as("the listing is not kept after planning").isEqualTo(held);
    }

    @Test
    void theStatesOfManyPartitionsMergeInATreeToTheSameState() {
        SparkMonitor.Job job = new SparkMonitor.Job(List.of(csv.toString()), null, DatasetSource.builtIn(),
                IngestOptions.defaults(Fleet.NOW), SparkMonitor.TREE_MERGE_FROM + 3, null, null, null);

        SparkMonitor.Result result = run(job);

        assertThat(Fleet.json(result.aggregates())).isEqualTo(Fleet.singleJvmState(csv));
    }

    @Test
    void aLineWithAnUnclosedQuoteIsRejectedAndAFileWithAnotherHeaderIsRefused() {
        Path unclosed = Fleet.write(dir.resolve("unclosed/pings.csv"), pings + "t9,\"2025-03-02T00:00:00Z,30,70,0\n");
        Aggregates a = run(job(List.of(unclosed.toString()), null, null, null)).aggregates();
        assertThat(a.rejectedPings()).containsEntry(corridor.monitor.ingest.RejectReason.UNPARSEABLE, 1L);

        Path folder = dir.resolve("two-headers");
        Fleet.write(folder.resolve("a.csv"), pings);
        Fleet.write(folder.resolve("b.csv"), "vehicle,timestamp,latitude,longitude,speed_kmh\nt1,2025-03-02T00:00:00Z,30,70,0\n");
        assertThatThrownBy(() -> run(job(List.of(folder.toString()), null, null, null)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("line 1").hasMessageContaining("differs from the first file's header");
    }

    @Test
    void aTripSplitAcrossTwoBatchesCountsAsInOneRun() throws IOException {
        long boundary = Fleet.START + 6 * 86400 + 3 * 3600;
        StringBuilder first = new StringBuilder();
        StringBuilder second = new StringBuilder();
        List<String> lines = pings.lines().toList();
        first.append(lines.get(0)).append('\n');
        second.append(lines.get(0)).append('\n');
        for (String line : lines.subList(1, lines.size())) {
            long t = Instant.parse(line.split(",")[1]).getEpochSecond();
            (t < boundary ? first : second).append(line).append('\n');
        }
        Path all = Fleet.write(dir.resolve("split/all.csv"), pings);
        Path a = Fleet.write(dir.resolve("split/march-a.csv"), first.toString());
        Path b = Fleet.write(dir.resolve("split/march-b.csv"), second.toString());
        String carry = dir.resolve("split/carry").toString();

        SparkMonitor.Result batchA = run(job(List.of(a.toString()), null, carry, boundary));
        SparkMonitor.Result batchB = run(job(List.of(b.toString()), carry, null, null));
        Aggregates merged = roundTrip(batchA.aggregates()).merge(batchB.aggregates());

        assertThat(batchA.carried()).as("trucks on the road at the boundary").isGreaterThan(0);
        assertThat(Fleet.json(merged)).isEqualTo(Fleet.singleJvmState(all));
    }

    @Test
    void theCommandWritesTheStateFileAndTheIndicatorTables() throws IOException {
        Path state = dir.resolve("cmd/state.json");
        Path tables = dir.resolve("cmd/tables");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        // a file: URI goes through Hadoop's file system API, as hdfs:// and s3a:// paths do
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "monitor", csv.toString(), "--now",
                "2025-06-01T00:00:00Z", "--state", state.toUri().toString(), "--tables", tables.toString(),
                "--tables-format", "csv");

        assertThat(code).as(err.toString()).isZero();
        String single = Fleet.singleJvmState(csv);
        assertThat(Files.readString(state)).isEqualTo(single);
        assertThat(out.toString()).contains("pings rejected: 7").contains("state written to: " + state.toUri());
        assertThat(state.resolveSibling(".state.json.tmp")).doesNotExist();
        List<String> rows;
        try (Stream<Path> files = Files.list(tables)) {
            Path part = files.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            rows = Files.readAllLines(part, StandardCharsets.UTF_8);
        }
        Aggregates expected = StateJson.read(new StringReader(single), "single");
        assertThat(rows.get(0)).isEqualTo(String.join(",", ReportTables.SCHEMA.fieldNames()))
                .isEqualTo(IndicatorCsv.header()); // the columns of monitor report --format csv
        assertThat(rows).hasSize(Indicator.of(expected, null, null, null).size() + 1);
    }

    @Test
    void badInputIsRefusedWithWhereAndWhy() {
        Path badHeader = Fleet.write(dir.resolve("bad/header.csv"), "vehicle_id,timestamp,latitude,longitud\nv,2025-03-01T00:00:00Z,30,70\n");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "monitor", badHeader.toString(),
                "--state", dir.resolve("bad/state.json").toString());
        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains("header.csv line 1").contains("longitud").contains("unknown column");
        assertThat(dir.resolve("bad/state.json")).doesNotExist();

        StringWriter missing = new StringWriter();
        code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(missing), "monitor",
                dir.resolve("no-such.csv").toString(), "--state", dir.resolve("bad/state.json").toString());
        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(missing.toString()).contains("no-such.csv").contains("cannot read the pings");

        StringWriter carry = new StringWriter();
        code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(carry), "monitor", csv.toString(),
                "--carry-out", dir.resolve("bad/carry").toString());
        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(carry.toString()).contains("--batch-end");
    }

    @Test
    void stateFilesMergeThroughHadoopPathsAsThroughPlainOnes() throws IOException {
        Aggregates a = StateJson.read(new StringReader(Fleet.singleJvmState(csv)), "single");
        var hadoop = spark.sparkContext().hadoopConfiguration();
        String uri = dir.resolve("hadoop/state.json").toUri().toString();
        String plain = dir.resolve("plain/state.json").toString();

        StateFiles.write(a, uri, hadoop);
        StateFiles.write(a, plain, hadoop);
        StateFiles.write(StateFiles.read(uri, hadoop).merge(a), uri, hadoop);

        assertThat(StateFiles.isLocal(uri)).isFalse();
        assertThat(StateFiles.isLocal(plain)).isTrue();
        assertThat(StateFiles.read(plain, hadoop)).isEqualTo(a);
        Aggregates twice = StateFiles.read(uri, hadoop);
        assertThat(twice.acceptedPings()).isEqualTo(2 * a.acceptedPings());
        assertThat(twice.trips()).isEqualTo(2 * a.trips());
    }

    private static Aggregates roundTrip(Aggregates a) {
        return StateJson.read(new StringReader(Fleet.json(a)), "batch");
    }
}
