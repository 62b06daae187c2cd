package corridor.spark;

import corridor.api.route.ParameterStyle;
import corridor.api.route.RouteRequest;
import corridor.api.route.TextParameters;
import corridor.api.route.text.CriticalityTable;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.model.InputException;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.io.OdPairReader;
import corridor.routing.route.Objective;
import corridor.routing.route.PlaceMatcher;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import java.util.Map;

/** {@code corridor-spark criticality}: {@code corridor criticality} with the link cuts spread over Spark executors. */
@Command(name = "criticality", mixinStandardHelpOptions = true,
        description = {"Rank links by the extra time (or cost) summed over origin-destination pairs when each is lost, "
                + "the cuts spread over Spark executors. Same ranking as `corridor criticality`."})
final class SparkCriticalityCommand implements Runnable {

    static final String PAIRS_FILE = "od-pairs.csv";

    @Mixin
    SparkJobOptions job;

    @Option(names = "--pairs", paramLabel = "FILE",
            description = "CSV with columns from,to[,note] (default: the dataset's od-pairs.csv)")
    Path pairsFile;

    @Option(names = "--metric", paramLabel = "METRIC", defaultValue = "time", description = "time or cost (default: ${DEFAULT-VALUE})")
    String metric;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "departure day (default: today, UTC)")
    String date;

    @Option(names = "--cargo", paramLabel = "AMOUNT", description = "cargo in tonnes or TEU (default: " + RouteRequest.DEFAULT_CARGO + ")")
    String cargo;

    @Option(names = "--tonnes-per-teu", paramLabel = "T", description = "tonnes counted per TEU, an assumption (default: 10)")
    String tonnesPerTeu;

    @Option(names = "--network", paramLabel = "NETWORK", description = "existing or with_planned (default: existing)")
    String network;

    @Option(names = "--links", paramLabel = "LINK", split = ",", description = "only these link ids (default: every link a best route uses)")
    List<String> links = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "links to list (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--out", paramLabel = "DIR", description = "also write the whole ranking here as CSV (replaced)")
    String outDir;

    @Override
    public void run() {
        if (top < 1) {
            throw InputException.ofParameter("--top", "must be at least 1");
        }
        Objective by = Objective.parse(metric, "--metric");
        RouteRequest request = request();
        DatasetSource source = job.source();
        Dataset dataset = source.dataset();
        String where = pairsFile != null ? pairsFile.toString()
                : job.data != null ? job.data.resolve(PAIRS_FILE).toString() : "built-in " + PAIRS_FILE;
        List<OdPair> pairs = OdPair.matched(OdPairReader.parse(readPairs(), where), new PlaceMatcher(dataset.places()), where);
        SparkCriticality.Job cuts = new SparkCriticality.Job(source, pairs, request.departure(), request.cargo(),
                request.tonnesPerTeu(), request.network(), by, links, job.partitions);
        PrintWriter out = job.out();
        // the driver routes every pair while Spark starts
        job.progress().accept("routing " + pairs.size() + " pairs on the whole network");
        Future<SparkCriticality.Baseline> baseline = SparkCriticality.baselineMeanwhile(cuts);
        job.run("corridor criticality", spark -> {
            Criticality.Report report = SparkCriticality.run(spark, cuts, baseline, job.progress());
            out.printf(Locale.ROOT, "%d pairs, %d links on their best routes; ranked by extra %s when each is lost%n",
                    pairs.size(), report.impacts().size(), by == Objective.TIME ? "hours" : "US$");
            out.print(CriticalityTable.of(report, top));
            if (outDir != null) {
                SparkSessions.sql(spark).createDataFrame(rows(report), SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite)
                        .option("header", "true").csv(outDir);
                out.println("ranking written to " + outDir);
            }
        });
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

    /** The options this command shares with {@code corridor criticality}, read by the same rules. */
    private RouteRequest request() {
        Map<String, String> values = new HashMap<>();
        values.put(RouteRequest.DATE, date);
        values.put(RouteRequest.CARGO, cargo);
        values.put(RouteRequest.TONNES_PER_TEU, tonnesPerTeu);
        values.put(RouteRequest.NETWORK, network);
        return new RouteRequest(TextParameters.ofSingle(values), ParameterStyle.OPTION);
    }

    private String readPairs() {
        Path file = pairsFile != null ? pairsFile : job.data != null ? job.data.resolve(PAIRS_FILE) : null;
        if (file == null) {
            return BuiltInDataset.text(PAIRS_FILE);
        }
        if (!Files.isRegularFile(file)) {
            throw InputException.ofParameter("--pairs", "no such file: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read " + file + ": " + e.getMessage(), e));
        }
    }
}
