package corridor.cli.street;

import corridor.cli.common.RoadOrders;
import corridor.data.DatasetReader;
import corridor.data.RoadLayerFile;
import corridor.data.RoadOrderFile;
import corridor.model.Dataset;
import corridor.model.network.RoadLayer;
import corridor.routing.hierarchy.NodeOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * roads.order, the junction order of the routing hierarchy kept beside roads.bin: {@code import osm} writes it;
 * a routing command reads it and orders nothing (no line on standard error; an order no computation gives is
 * the one used); a roads.bin changed since, or an order file cut short, is ordered again and rewritten with one
 * line saying why, and the next command reads the new file.
 */
class StoredRoadOrderTest {

    @TempDir
    static Path temp;
    private static Path imported;

    @BeforeAll
    static void importExtract() {
        imported = temp.resolve("isb");
        Cli.importOsm("islamabad.osm.pbf", imported);
    }

    @Test
    void theImportWritesTheOrderOfItsRoads() {
        Dataset dataset = DatasetReader.read(imported).orThrow();
        assertThat(RoadOrderFile.read(imported.resolve(RoadOrderFile.NAME), dataset.roads()).ranks())
                .isEqualTo(NodeOrder.ofJunctions(dataset.roads()));
    }

    @Test
    void aStoredOrderIsUsedAsItIs(@TempDir Path dir) throws IOException {
        Path data = copy(imported, dir.resolve("data"));
        RoadLayer roads = DatasetReader.read(data).orThrow().roads();
        int[] reversed = reversed(NodeOrder.ofJunctions(roads)); // valid, and no computation gives it
        RoadOrderFile.write(data.resolve(RoadOrderFile.NAME), roads, reversed);
        byte[] file = Files.readAllBytes(data.resolve(RoadOrderFile.NAME));

        List<String> notes = new ArrayList<>();
        Dataset ordered = RoadOrders.ensure(data, DatasetReader.read(data).orThrow(), notes::add);
        Cli run = route(data);

        assertThat(ordered.roads().junctionRanks()).isEqualTo(reversed);
        assertThat(notes).isEmpty();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("roads.order");
        assertThat(Files.readAllBytes(data.resolve(RoadOrderFile.NAME))).as("not rewritten").isEqualTo(file);
    }

    @Test
    void aChangedRoadsFileIsOrderedAgainAndTheOrderRewritten(@TempDir Path dir) {
        Path data = copy(imported, dir.resolve("data"));
        RoadLayer before = RoadLayerFile.read(data.resolve(RoadLayerFile.NAME));
        RoadLayer moved = movedJunction(before);
        RoadLayerFile.write(data.resolve(RoadLayerFile.NAME), moved);

        Cli first = route(data);
        Cli second = route(data);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.err()).contains("corridor: roads.order was made for other roads (roads.bin changed since: "
                + "junctions moved or segments re-drawn); ordered the " + String.format(java.util.Locale.ROOT, "%,d",
                moved.junctionCount()) + " junctions for the routing hierarchy in ").contains("s and rewrote it");
        assertThat(RoadOrderFile.read(data.resolve(RoadOrderFile.NAME), moved).ranks())
                .isEqualTo(NodeOrder.ofJunctions(moved));
        assertThat(second.err()).as("the rewritten order is read").doesNotContain("roads.order");
        assertThat(second.out()).isEqualTo(first.out());
    }

    @Test
    void aTruncatedOrderIsRebuilt(@TempDir Path dir) throws IOException {
        Path data = copy(imported, dir.resolve("data"));
        Path order = data.resolve(RoadOrderFile.NAME);
        byte[] whole = Files.readAllBytes(order);
        Files.write(order, Arrays.copyOf(whole, whole.length / 3));

        Cli run = route(data, "--engine", "hierarchy");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsOnlyOnce("corridor: roads.order is cut short (" + whole.length / 3 + " bytes, "
                + whole.length + " expected); ordered the ");
        assertThat(Files.readAllBytes(order)).as("rewritten whole").isEqualTo(whole);
    }

    private static Cli route(Path data, String... more) {
        List<String> args = new ArrayList<>(List.of("route", "--data", data.toString(), "--from", "islamabad", "--to",
                "ict-model-city", "--date", "2025-07-01", "--modes", "road"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    /** The layer with its first junction moved by about 10 m: the same counts, other roads. */
    private static RoadLayer movedJunction(RoadLayer layer) {
        Object[] a = layer.arrays();
        int[] lat = ((int[]) a[0]).clone();
        lat[0] += 1000;
        return new RoadLayer(lat, (int[]) a[1], (int[]) a[2], (int[]) a[3], (long[]) a[4], (float[]) a[5],
                (float[]) a[6], (byte[]) a[7], (byte[]) a[8], (float[]) a[9], (float[]) a[10], layer.maxLengths(),
                (int[]) a[11], (int[]) a[12], (String[]) a[13], (int[]) a[14], (int[]) a[15], (int[]) a[16],
                (String[]) a[17], (int[]) a[18], (float[]) a[19], layer.origin(), layer.turnRestrictions());
    }

    private static int[] reversed(int[] ranks) {
        int[] r = new int[ranks.length];
        for (int j = 0; j < ranks.length; j++) {
            r[j] = ranks.length - 1 - ranks[j];
        }
        return r;
    }

    private static Path copy(Path from, Path to) {
        try (var files = Files.list(from)) {
            Files.createDirectories(to);
            for (Path file : files.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
            return to;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
