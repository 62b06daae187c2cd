package corridor.osm;

import corridor.data.DatasetReader;
import corridor.data.RoadLayerFile;
import corridor.data.RoadOrderFile;
import corridor.routing.hierarchy.NodeOrder;
import corridor.data.imports.DatasetImport;
import corridor.data.imports.ImportJournal;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.Dataset;
import corridor.model.geo.GreatCircle;
import corridor.model.InputException;
import corridor.model.network.RoadLayer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code corridor import osm FILE.osm.pbf --into DIR}: reads an OSM PBF extract into the road
 * layer ({@code roads.bin}) of a dataset directory, joins the dataset's places to it, and cites
 * the file in sources.csv (name, SHA-256, replication timestamp, "© OpenStreetMap contributors,
 * ODbL 1.0").
 *
 * <p>All or nothing, as the other importers: the file is checked whole first ({@link PbfFile}); the
 * dataset (DIR's, or the built-in one when DIR is new or empty) is copied to a staging directory
 * beside DIR, the layer and the source row are written there, the staged dataset is read back and
 * validated, and only then are sources.csv and roads.bin moved into DIR with atomic moves.
 * Progress goes to the {@code progress} callback (the CLI prints it on stderr).
 *
 * <p>Stateless; thread-safe if the source is used by one import at a time.
 */
public final class OsmImport {

    private static final String SOURCES = "sources.csv";

    /**
     * What to import.
     *
     * @param bbox        south, west, north, east in degrees, or {@code null} for the whole file; a
     *                    segment is kept when all its points are inside
     * @param highways    the OSM highway classes to keep (see {@link RoadTags#DEFAULT_CLASSES})
     * @param joinBoundKm how far a place may be from its junction to be joined, in km
     */
    public record Options(double[] bbox, List<String> highways, double joinBoundKm) {
        public Options {
            highways = List.copyOf(highways);
            for (String h : highways) {
                if (!RoadLayer.HIGHWAY_CLASSES.contains(h)) {
                    throw new InputException("--highways", "", "'" + h + "' is not a highway class this import "
                            + "reads; use some of " + String.join(",", RoadLayer.HIGHWAY_CLASSES));
                }
            }
            if (bbox != null && (bbox.length != 4 || bbox[0] >= bbox[2] || bbox[1] >= bbox[3] || bbox[0] < -90
                    || bbox[2] > 90 || bbox[1] < -180 || bbox[3] > 180)) {
                throw new InputException("--bbox", "", "expected S,W,N,E in degrees with S < N and W < E");
            }
            if (!(joinBoundKm > 0)) {
                throw new InputException("--join-km", "", "must be a positive number of km");
            }
        }

        /** Motorways to tertiary roads, the whole file, places joined within 5 km. */
        public static Options defaults() {
            return new Options(null, RoadTags.DEFAULT_CLASSES, 5);
        }
    }

    /**
     * What an import did.
     *
     * @param sourceId     the source row it added
     * @param sha256       the file's checksum
     * @param timestamp    the replication timestamp, or {@code null}
     * @param junctions    junctions in the layer
     * @param segments     segments in the layer
     * @param roadKm       total length of the segments, in km
     * @param joinedPlaces ids of the places joined to the roads, with the distance in metres
     * @param created      whether DIR was made from the built-in dataset
     * @param turnRestrictions       the turn restrictions kept (stored in the layer), by relation
     * @param turnRestrictionsSkipped the {@code type=restriction} relations left out, by reason ("3 via a way")
     */
    public record Result(Path dir, String sourceId, String sha256, String timestamp, int junctions, int segments,
                         double roadKm, List<String> joinedPlaces, boolean created, int turnRestrictions,
                         String turnRestrictionsSkipped) {
    }

    private OsmImport() {
    }

    /**
     * Imports {@code pbf} into {@code dir}.
     *
     * @throws InputException when the file is not a whole PBF file, holds no road of the classes asked
     *                        for, or DIR cannot take the import; nothing is written then
     */
    public static Result run(Path pbf, Path dir, Options options, RoadSegmentSource source, Consumer<String> progress) {
        progress.accept("osm: checking " + pbf.getFileName());
        PbfFile.Checked checked = PbfFile.check(pbf);
        progress.accept(String.format(Locale.ROOT, "osm: %s is whole: %d blocks, %.1f MB, sha256 %s",
                pbf.getFileName(), checked.blocks(), checked.bytes() / 1e6, checked.sha256()));
        Path target = DatasetImport.targetDirectory(dir);
        try {
            List<String> recovered = ImportJournal.recover(target);
            recovered.forEach(line -> progress.accept("osm: " + line));
            try (ImportJournal.Staging staged = ImportJournal.stage(target)) {
                Path staging = staged.dir();
                boolean created = DatasetImport.stage(target, staging);
                DatasetLoad before = DatasetReader.read(staging);
                if (before.hasErrors()) {
                    Problem first = before.errors().get(0);
                    throw new InputException(dir + " (" + first.where() + ")", first.field(), "the target dataset has "
                            + "errors: " + first.message() + "; fix them first (corridor --data " + dir + " validate)");
                }
                Dataset dataset = before.dataset();
                String sourceId = sourceId(pbf, checked.sha256());
                progress.accept("osm: reading ways (" + String.join(",", options.highways()) + ")"
                        + (options.bbox() == null ? "" : " inside " + Arrays.toString(options.bbox())));
                Collector collector = new Collector(options, progress);
                Set<String> classes = new HashSet<>(options.highways());
                RoadSegmentSource.Header header = source.read(pbf, tags -> {
                    Object highway = tags.get("highway");
                    return highway != null && classes.contains(highway.toString()) && !"no".equals(tags.get("area"));
                }, collector);
                if (collector.builder.segmentCount() == 0) {
                    throw new InputException(pbf.toString(), "", "holds no road of the classes " + options.highways()
                            + (options.bbox() == null ? "" : " inside the box") + "; nothing was imported");
                }
                String timestamp = header.replicationTimestamp() == null ? null
                        : header.replicationTimestamp().atOffset(ZoneOffset.UTC).toString();
                RoadLayer.Origin origin = new RoadLayer.Origin(sourceId, pbf.getFileName().toString(), checked.sha256(),
                        timestamp, RoadLayer.Origin.ODBL);
                RoadLayer roads = collector.builder.build(origin);
                TurnRestrictionReader.Outcome turns = TurnRestrictionReader.read(pbf, roads);
                progress.accept("osm: " + turns.relations() + " turn restriction relations: " + turns.kept() + " kept ("
                        + turns.restrictions().count() + " restrictions), left out: " + turns.skippedText());
                RoadLayer layer = PlaceJoiner.join(roads.withTurnRestrictions(turns.restrictions()), dataset.places(),
                        options.joinBoundKm());
                progress.accept(String.format(Locale.ROOT, "osm: %d segments, %d junctions, %.1f km of road; %d places "
                                + "joined within %.1f km", layer.segmentCount(), layer.junctionCount(), collector.km,
                        layer.joinCount(), options.joinBoundKm()));
                OsmSourceRow.append(staging.resolve(SOURCES), dataset, sourceId, pbf, checked, timestamp, "imported with corridor "
                        + "import osm");
                RoadLayerFile.write(staging.resolve(RoadLayerFile.NAME), layer);
                writeOrder(staging, layer, progress);
                DatasetLoad after = DatasetReader.read(staging);
                if (after.hasErrors()) {
                    throw new InputException(pbf.toString(), after.errors().get(0).field(), "the import would break the "
                            + "dataset: " + after.errors().get(0));
                }
                commit(target, staging, created);
                progress.accept("osm: written to " + target);
                List<String> joined = new ArrayList<>();
                for (int j = 0; j < layer.joinCount(); j++) {
                    joined.add(String.format(Locale.ROOT, "%s (%.0f m)", layer.joinPlace(j), layer.joinDistanceM(j)));
                }
                return new Result(target, sourceId, checked.sha256(), timestamp, layer.junctionCount(),
                        layer.segmentCount(), collector.km, joined, created, turns.kept(), turns.skippedText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Orders the junctions of {@code layer} for the routing hierarchy and writes the order beside roads.bin
     * ({@link RoadOrderFile}), so that no command orders them again.
     */
    private static void writeOrder(Path staging, RoadLayer layer, Consumer<String> progress) {
        progress.accept(String.format(Locale.ROOT, "osm: ordering %,d junctions for the routing hierarchy",
                layer.junctionCount()));
        long start = System.nanoTime();
        int[] ranks = NodeOrder.ofJunctions(layer);
        RoadOrderFile.write(staging.resolve(RoadOrderFile.NAME), layer, ranks);
        progress.accept(String.format(Locale.ROOT, "osm: ordered in %.1f s, kept in %s", (System.nanoTime() - start)
                / 1e9, RoadOrderFile.NAME));
    }

    /** {@code osm-<file stem>-<first 12 hex digits of the SHA-256>}. */
    static String sourceId(Path pbf, String sha256) {
        return OsmSourceRow.id("osm", pbf, sha256);
    }

    /**
     * Commits in one atomic step, as every import does ({@link ImportJournal}): a new dataset
     * directory is the staging directory renamed; into an existing one, sources.csv and roads.bin
     * move in under a journal that the next import completes after a crash.
     */
    private static void commit(Path target, Path staging, boolean created) throws IOException {
        if (created) {
            ImportJournal.commitNew(staging, target);
        } else {
            ImportJournal.commitInto(staging, target, List.of(SOURCES, RoadLayerFile.NAME, RoadOrderFile.NAME));
        }
    }

    /** Turns the source's segments into a layer: box filter, tags, junction numbering. */
    private static final class Collector implements RoadSegmentSource.Sink {
        final RoadLayer.Builder builder = new RoadLayer.Builder();
        private final Options options;
        private final Consumer<String> progress;
        private final JunctionIds junctions = new JunctionIds();
        private double[] innerLat = new double[64];
        private double[] innerLon = new double[64];
        double km;

        Collector(Options options, Consumer<String> progress) {
            this.options = options;
            this.progress = progress;
        }

        @Override
        public void junction(int junction, double lat, double lon) {
            // locations are taken from the segments' end points
        }

        @Override
        public void segment(int from, int to, double[] lat, double[] lon, int count, long wayId,
                            java.util.Map<String, Object> tags) {
            double[] box = options.bbox();
            if (box != null) {
                for (int k = 0; k < count; k++) {
                    if (lat[k] < box[0] || lat[k] > box[2] || lon[k] < box[1] || lon[k] > box[3]) {
                        return;
                    }
                }
            }
            int highway = RoadTags.highwayClass(tags);
            if (highway < 0) {
                return;
            }
            int oneWay = RoadTags.oneWay(tags);
            boolean reverse = oneWay < 0;
            int a = indexOf(reverse ? to : from, reverse ? lat[count - 1] : lat[0], reverse ? lon[count - 1] : lon[0]);
            int b = indexOf(reverse ? from : to, reverse ? lat[0] : lat[count - 1], reverse ? lon[0] : lon[count - 1]);
            if (innerLat.length < count) {
                innerLat = new double[count * 2];
                innerLon = new double[count * 2];
            }
            double lengthM = 0;
            for (int k = 1; k < count; k++) {
                lengthM += GreatCircle.distanceKm(lat[k - 1], lon[k - 1], lat[k], lon[k]) * 1000;
            }
            for (int k = 1; k < count - 1; k++) {
                int src = reverse ? count - 1 - k : k;
                innerLat[k - 1] = lat[src];
                innerLon[k - 1] = lon[src];
            }
            double[] speed = RoadTags.speedKmh(tags, highway);
            int flags = (oneWay != 0 ? RoadLayer.ONE_WAY : 0) | (speed[1] > 0 ? RoadLayer.SPEED_FROM_CLASS : 0)
                    | RoadTags.goodsAccess(tags) | (RoadTags.roundabout(tags) ? RoadLayer.ROUNDABOUT : 0);
            builder.segment(a, b, wayId, lengthM, speed[0], flags, highway, RoadTags.maxWeightTonnes(tags),
                    RoadTags.maxHeightM(tags), text(tags.get("ref")), text(tags.get("name")), innerLat, innerLon,
                    count - 2);
            float maxLengthM = RoadTags.maxLengthM(tags);
            if (!Float.isNaN(maxLengthM)) {
                builder.setMaxLengthM(builder.segmentCount() - 1, maxLengthM);
            }
            km += lengthM / 1000;
            if (builder.segmentCount() % 100_000 == 0) {
                progress.accept(String.format(Locale.ROOT, "osm: %,d segments, %,.0f km", builder.segmentCount(), km));
            }
        }

        private int indexOf(int sourceId, double lat, double lon) {
            return junctions.indexOf(sourceId, () -> builder.junction(lat, lon));
        }

        private static String text(Object value) {
            return value == null ? "" : value.toString();
        }
    }
}
