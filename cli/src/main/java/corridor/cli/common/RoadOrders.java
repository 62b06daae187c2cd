package corridor.cli.common;

import corridor.data.RoadOrderFile;
import corridor.model.Dataset;
import corridor.model.network.RoadLayer;
import corridor.routing.hierarchy.NodeOrder;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The junction order of a dataset directory's roads for the routing hierarchy, kept in roads.order beside
 * roads.bin ({@link RoadOrderFile}; {@code import osm} writes it). The dataset reader brings it with the roads
 * when it is theirs; when it is missing, cut short, damaged or made for other roads, it is computed again
 * ({@link NodeOrder#ofJunctions}) and rewritten, with one line saying why, so that the next command reads it.
 * Stateless; thread-safe (two commands rewriting one directory's file at once each write it whole).
 */
public final class RoadOrders {

    private RoadOrders() {
    }

    /**
     * {@code dataset} (read from {@code dir}) with its roads' junction order: as read, or computed again and
     * written to {@code dir}, {@code notes} told why in one line.
     */
    public static Dataset ensure(Path dir, Dataset dataset, Consumer<String> notes) {
        RoadLayer roads = dataset.roads();
        if (roads.isEmpty() || roads.junctionRanks() != null) {
            return dataset;
        }
        Path file = dir.resolve(RoadOrderFile.NAME);
        RoadOrderFile.Stored stored = RoadOrderFile.read(file, roads);
        if (stored.usable()) { // written since the dataset was read
            return dataset.withRoads(roads.withJunctionRanks(stored.ranks()));
        }
        long start = System.nanoTime();
        int[] ranks = NodeOrder.ofJunctions(roads);
        String written;
        try {
            RoadOrderFile.write(file, roads, ranks);
            written = "rewrote it";
        } catch (UncheckedIOException e) {
            written = "could not write it (" + e.getCause().getMessage() + "), so the next command orders them again";
        }
        notes.accept(String.format(Locale.ROOT, "%s; ordered the %,d junctions for the routing hierarchy in %.1f s "
                + "and %s", stored.problem(), roads.junctionCount(), (System.nanoTime() - start) / 1e9, written));
        return dataset.withRoads(roads.withJunctionRanks(ranks));
    }
}
