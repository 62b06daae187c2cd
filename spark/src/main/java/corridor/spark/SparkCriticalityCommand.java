package corridor.spark;

import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.Cargo;
import corridor.routing.Criticality;
import corridor.routing.NetworkFilter;
import corridor.routing.Objective;
import corridor.routing.OdPair;
import corridor.routing.PlaceMatcher;
import corridor.routing.RoutingParameters;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code corridor-spark criticality}: {@code corridor criticality} with the link cuts spread over Spark executors. */
@Command(name = "criticality", mixinStandardHelpOptions = true,
        description = {"Rank links by the extra time (or cost) summed over origin-destination pairs when each is lost, "
                + "the cuts spread over Spark executors. Same ranking as `corridor criticality`."})
final class SparkCriticalityCommand implements Runnable {

    static final String PAIRS_FILE = "od-pairs.csv";

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "dataset directory instead of the built-in CPEC dataset")
    Path data;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "CSV with columns from,to[,note] (default: the dataset's od-pairs.csv)")
    Path pairsFile;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "time", description = "time or cost (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "departure day (default: today)")
    String date;

    @Option(names = "--cargo", paramLabel = "AMOUNT", defaultValue = "20t", description = "cargo in tonnes or TEU (default: ${DEFAULT-VALUE})")
    String cargo;

    @Option(names = "--tonnes-per-teu", paramLabel = "T", defaultValue = "" + RoutingParameters.TONNES_PER_TEU,
            description = "tonnes counted per TEU, an assumption (default: ${DEFAULT-VALUE})")
    double tonnesPerTeu;

    @Option(names = "--network", paramLabel = "NETWORK", defaultValue = "existing",
            description = "existing or with_planned (default: ${DEFAULT-VALUE})")
    String network;

    @Option(names = "--links", paramLabel = "LINK", split = ",", description = "only these link ids (default: every link a best route uses)")
    List<String> links = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "links to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--out", paramLabel = "DIR", description = "also write the whole ranking here as CSV (replaced)")
    String outDir;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0", description = "tasks to spread the links over (default: 4 per core)")
    int partitions;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (default: local[2])")
    String master;

    @Override
    public void run() {
        if (top < 1) {
            throw InputException.ofParameter("--top", "must be at least 1");
        }
        Objective by = Objective.parse(metric, "--metric");
        if (!(tonnesPerTeu > 0)) {
            throw InputException.ofParameter("--tonnes-per-teu", "must be a positive number");
        }
        DatasetSource source = data == null ? DatasetSource.builtIn() : DatasetSource.directory(data);
        Dataset dataset = source.dataset();
        String where = pairsFile != null ? pairsFile.toString()
                : data != null ? data.resolve(PAIRS_FILE).toString() : "built-in " + PAIRS_FILE;
        List<OdPair> pairs = new PlaceMatcher(dataset.places()).matchPairs(OdPair.parseCsv(readPairs(), where), where);
        SparkCriticality.Job job = new SparkCriticality.Job(source, pairs, departure(), Cargo.parse(cargo, tonnesPerTeu, "--cargo"),
                tonnesPerTeu, networkFilter(), by, links, partitions);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        boolean owned = SparkSessions.wouldCreate();
        SparkContext spark = SparkSessions.create("corridor criticality", master);
        try {
            Criticality.Report report = SparkCriticality.run(spark, job, message -> {
                err.println("corridor-spark: " + message);
                err.flush();
            });
            out.printf(Locale.ROOT, "%d pairs, %d links on their best routes; ranked by extra %s when each is lost%n",
                    pairs.size(), report.impacts().size(), by == Objective.TIME ? "hours" : "US$");
            out.print(report.table(top));
            if (outDir != null) {
                SparkSessions.sql(spark).createDataFrame(rows(report), SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite)
                        .option("header", "true").csv(outDir);
                out.println("ranking written to " + outDir);
            }
        } finally {
            SparkSessions.release(spark, owned);
        }
    }

    static final StructType SCHEMA = new StructType()
            .add("rank", DataTypes.IntegerType, false)
            .add("link", DataTypes.StringType, false)
            .add("mode", DataTypes.StringType, false)
            .add("extra", DataTypes.DoubleType, false)
            .add("rerouted", DataTypes.IntegerType, false)
            .add("cut_off", DataTypes.IntegerType, false);

    private static List<Row> rows(Criticality.Report report) {
        List<Row> rows = new ArrayList<>();
        for (Criticality.LinkImpact impact : report.impacts()) {
            rows.add(RowFactory.create(rows.size() + 1, impact.link().id(),
                    impact.link().mode().name().toLowerCase(Locale.ROOT), impact.extra(), impact.rerouted().size(),
                    impact.cutOff().size()));
        }
        return rows;
    }

    private LocalDate departure() {
        if (date == null) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw InputException.ofParameter("--date", "expected a date like 2024-07-01, got '" + date + "'");
        }
    }

    private NetworkFilter networkFilter() {
        try {
            return NetworkFilter.valueOf(network.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw InputException.ofParameter("--network", "expected existing or with_planned, got '" + network + "'");
        }
    }

    private String readPairs() {
        Path file = pairsFile != null ? pairsFile : data != null ? data.resolve(PAIRS_FILE) : null;
        try {
            if (file != null) {
                if (!Files.isRegularFile(file)) {
                    throw InputException.ofParameter("--pairs", "no such file: " + file);
                }
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = SparkCriticalityCommand.class.getClassLoader()
                    .getResourceAsStream(BuiltInDataset.RESOURCE_FOLDER + PAIRS_FILE)) {
                if (in == null) {
                    throw new IllegalStateException("the built-in dataset has no " + PAIRS_FILE);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
        }
    }
}
