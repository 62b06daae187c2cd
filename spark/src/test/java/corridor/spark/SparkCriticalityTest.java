package corridor.spark;

import corridor.api.route.text.CriticalityTable;
import corridor.data.BuiltInDataset;
import corridor.model.Dataset;
import corridor.routing.analysis.Criticality;
import corridor.routing.analysis.OdPair;
import corridor.routing.graph.NetworkFilter;
import corridor.routing.graph.RoutingGraph;
import corridor.routing.graph.RoutingParameters;
import corridor.routing.io.OdPairReader;
import corridor.routing.route.Cargo;
import corridor.routing.route.Objective;
import corridor.routing.route.RouteQuery;
import corridor.routing.search.Router;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SparkCriticalityTest {

    private static final LocalDate DAY = LocalDate.of(2025, 7, 1);

    @TempDir
    Path dir;

    private static List<OdPair> shippedPairs() throws IOException {
        try (InputStream in = SparkCriticalityTest.class.getClassLoader()
                .getResourceAsStream(BuiltInDataset.RESOURCE_FOLDER + "od-pairs.csv")) {
            return OdPairReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "od-pairs.csv");
        }
    }

    /** What `corridor criticality --date 2025-07-01 --metric METRIC` ranks. */
    private static Criticality.Report singleMachine(List<OdPair> pairs, Objective metric) {
        Dataset dataset = BuiltInDataset.load();
        Router router = new Router(RoutingGraph.build(dataset, NetworkFilter.EXISTING,
                RoutingParameters.defaults(DAY).withTonnesPerTeu(RoutingParameters.TONNES_PER_TEU)));
        RouteQuery template = RouteQuery.of(pairs.get(0).fromId(), pairs.get(0).toId(), DAY, Cargo.tonnes(20));
        return Criticality.rank(router, pairs, template, metric, null);
    }

    private static SparkCriticality.Job job(List<OdPair> pairs, Objective metric, List<String> links) {
        return new SparkCriticality.Job(DatasetSource.builtIn(), pairs, DAY, Cargo.tonnes(20),
                RoutingParameters.TONNES_PER_TEU, NetworkFilter.EXISTING, metric, links, 0);
    }

    @Test
    void everyLinkCutOnSparkRanksExactlyAsOneMachine() throws IOException {
        for (Objective metric : List.of(Objective.TIME, Objective.COST)) {
            Criticality.Report single = singleMachine(shippedPairs(), metric);
            Criticality.Report spark = SparkCriticality.run(TestSpark.session().sparkContext(), job(shippedPairs(), metric, null), m -> { });

            assertThat(single.impacts()).hasSizeGreaterThan(10);
            assertThat(single.impacts()).anyMatch(i -> i.extra() > 0);
            assertThat(spark.impacts()).hasSameSizeAs(single.impacts());
            for (int i = 0; i < single.impacts().size(); i++) {
                Criticality.LinkImpact a = single.impacts().get(i);
                Criticality.LinkImpact b = spark.impacts().get(i);
                assertThat(b.link().id()).as(metric + " rank " + (i + 1)).isEqualTo(a.link().id());
                assertThat(b.extra()).as(a.link().id()).isEqualTo(a.extra());
                assertThat(b.rerouted()).isEqualTo(a.rerouted());
                assertThat(b.cutOff()).isEqualTo(a.cutOff());
            }
            assertThat(CriticalityTable.of(spark, 1000)).isEqualTo(CriticalityTable.of(single, 1000));
        }
    }

    @Test
    void namedLinksAreCutAloneWithTheSameFigures() throws IOException {
        Criticality.Report single = singleMachine(shippedPairs(), Objective.TIME);
        List<String> named = List.of(single.impacts().get(3).link().id(), single.impacts().get(0).link().id());

        Criticality.Report spark = SparkCriticality.run(TestSpark.session().sparkContext(), job(shippedPairs(), Objective.TIME, named), m -> { });

        assertThat(spark.impacts()).extracting(i -> i.link().id()).containsExactly(named.get(1), named.get(0));
        assertThat(spark.impacts().get(0).extra()).isEqualTo(single.impacts().get(0).extra());
        assertThat(spark.impacts().get(1).extra()).isEqualTo(single.impacts().get(3).extra());
    }

    @Test
    void theCommandPrintsTheSingleMachineTableFromADatasetDirectory() throws IOException {
        BuiltInDataset.exportTo(dir.resolve("cpec"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "criticality", "--data", dir.resolve("cpec").toString(),
                "--date", "2025-07-01", "--top", "5");

        assertThat(code).as(err.toString()).isZero();
        Criticality.Report single = singleMachine(shippedPairs(), Objective.TIME);
        assertThat(out.toString()).isEqualTo(String.format("%d pairs, %d links on their best routes; ranked by extra hours "
                + "when each is lost%n", shippedPairs().size(), single.impacts().size()) + CriticalityTable.of(single, 5));

        StringWriter unknown = new StringWriter();
        code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(unknown), "criticality", "--date", "2025-07-01",
                "--links", "no-such-link");
        assertThat(code).isEqualTo(Main.EXIT_BAD_INPUT);
        assertThat(unknown.toString()).contains("--links").contains("no-such-link");
    }
}
