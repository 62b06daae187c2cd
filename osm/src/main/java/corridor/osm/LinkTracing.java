package corridor.osm;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.data.RoadLayerFile;
import corridor.data.imports.DatasetImport;
import corridor.data.imports.ImportJournal;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.Dataset;
import corridor.model.geo.GeoPoint;
import corridor.model.InputException;
import corridor.model.network.Link;
import corridor.model.network.Mode;
import corridor.model.geo.Polyline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code corridor trace-links --osm FILE --out DIR}: replaces the sketched geometry of road links
 * with lines traced along the roads of an OpenStreetMap extract ({@link LinkTracer}), keeping their
 * distance_km, and writes the whole dataset to DIR.
 *
 * <p>All or nothing, as the imports: the file is checked whole first ({@link PbfFile}); the dataset
 * (the one in {@code --data}, or the built-in one) is copied to a staging directory beside DIR; the
 * traced links' lines of links.geojson are rewritten there ({@link TracedLinksText}) and a source
 * row for the extract ({@code trace-<file>-<sha256 prefix>}, "© OpenStreetMap contributors, ODbL
 * 1.0") is appended; the staged dataset is read back and validated, and committed through
 * {@link ImportJournal}: a new DIR by one rename, the {@code --data} directory itself (DIR equal to
 * it) by a journal. When no link is traced nothing is written.
 *
 * <p>Stateless; thread-safe if the source is used by one run at a time.
 */
public final class LinkTracing {

    private static final String SOURCES = "sources.csv";
    private static final String LINKS = "links.geojson";
    /** How far beyond the traced sketches roads are read, in km, so that a path may leave the sketch's box. */
    private static final double MARGIN_KM = 25;

    /**
     * What to trace.
     *
     * @param linkIds the links to trace; empty for every road link
     * @param tracer  how a trace may go
     * @param date    the day of the trace, named in the links' notes
     */
    public record Options(List<String> linkIds, LinkTracer.Options tracer, LocalDate date) {
        public Options {
            linkIds = List.copyOf(linkIds);
        }
    }

    /**
     * What a run did.
     *
     * @param traces   one row per link considered, traced or skipped, in the dataset's order
     * @param sourceId the source row the traced links cite, or {@code null} when nothing was written
     * @param written  whether DIR was written (false when no link was traced)
     */
    public record Result(Path dir, List<LinkTracer.Trace> traces, String sourceId, boolean written) {
        /** The links whose geometry changed. */
        public List<String> tracedIds() {
            return traces.stream().filter(LinkTracer.Trace::traced).map(LinkTracer.Trace::linkId).toList();
        }
    }

    private LinkTracing() {
    }

    /**
     * Traces the links of the dataset in {@code data} ({@code null}: the built-in one) along the roads of
     * {@code pbf} and writes the dataset to {@code out}.
     *
     * @throws InputException when the file is not a whole PBF file, a named link is unknown or not a road,
     *                        the dataset has errors, or {@code out} cannot take the dataset; nothing is written then
     */
    public static Result run(Path pbf, Path data, Path out, Options options, RoadSegmentSource source,
                             Consumer<String> progress) {
        Path target = DatasetImport.targetDirectory(out);
        Path from = data == null ? null : data.toAbsolutePath().normalize();
        boolean inPlace = target.equals(from);
        if (!inPlace && Files.isDirectory(target) && !isEmpty(target)) {
            throw new InputException(out.toString(), "", "holds files: give a new or empty directory for the traced "
                    + "dataset, or the --data directory itself to change it in place");
        }
        if (from != null && !Files.isRegularFile(from.resolve(SOURCES))) {
            throw new InputException(data.toString(), "", "is not a dataset directory (no sources.csv)");
        }
        progress.accept("trace: checking " + pbf.getFileName());
        PbfFile.Checked checked = PbfFile.check(pbf);
        try {
            // an import into DIR that a crash interrupted is completed first (DIR may be the --data directory)
            ImportJournal.recover(target).forEach(line -> progress.accept("trace: " + line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatasetLoad load = from == null ? DatasetReader.readBuiltIn() : DatasetReader.read(from);
        if (load.hasErrors()) {
            Problem first = load.errors().get(0);
            throw new InputException((from == null ? "built-in dataset" : data.toString()) + " (" + first.where() + ")",
                    first.field(), "the dataset has errors: " + first.message() + "; fix them first");
        }
        Dataset dataset = load.dataset();
        List<Link> links = chosen(dataset, options.linkIds());
        progress.accept(String.format(Locale.ROOT, "trace: reading the roads of %s around %d road link%s",
                pbf.getFileName(), links.size(), links.size() == 1 ? "" : "s"));
        TraceNetwork.Builder builder = new TraceNetwork.Builder(box(links, options.tracer().maxGapKm() + MARGIN_KM));
        Set<String> classes = new HashSet<>(RoadTags.DEFAULT_CLASSES);
        RoadSegmentSource.Header header = source.read(pbf, tags -> {
            Object highway = tags.get("highway");
            return highway != null && classes.contains(highway.toString()) && !"no".equals(tags.get("area"));
        }, builder);
        TraceNetwork network = builder.build();
        progress.accept(String.format(Locale.ROOT, "trace: %,d road segments, %,.1f km, %,d points near the links",
                network.segmentCount(), network.roadKm(), network.nodeCount()));
        LinkTracer tracer = new LinkTracer(network, options.tracer());
        List<LinkTracer.Trace> traces = new ArrayList<>();
        Map<String, Polyline> traced = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) {
            Link link = links.get(i);
            LinkTracer.Trace trace = network.nodeCount() == 0
                    ? new LinkTracer.Trace(link.id(), link.geometry().lengthKm(), null, link.distanceKm(), null,
                    "outside the extract: it holds no road near the link")
                    : tracer.trace(link);
            traces.add(trace);
            if (trace.traced()) {
                traced.put(link.id(), trace.geometry());
            }
            progress.accept(String.format(Locale.ROOT, "trace: %d/%d %s %s", i + 1, links.size(), link.id(),
                    trace.traced() ? String.format(Locale.ROOT, "traced (%.1f km)", trace.tracedKm()) : "skipped"));
        }
        if (traced.isEmpty()) {
            progress.accept("trace: no link traced; nothing written");
            return new Result(target, traces, null, false);
        }
        String timestamp = header.replicationTimestamp() == null ? null
                : header.replicationTimestamp().atOffset(ZoneOffset.UTC).toString();
        String sourceId = OsmSourceRow.id("trace", pbf, checked.sha256());
        String clause = "geometry traced along OpenStreetMap roads (© OpenStreetMap contributors, ODbL) from "
                + pbf.getFileName() + " on " + options.date();
        write(from, target, inPlace, dataset, traced, clause, sourceId, pbf, checked, timestamp);
        progress.accept("trace: written to " + target);
        return new Result(target, traces, sourceId, true);
    }

    private static void write(Path from, Path target, boolean inPlace, Dataset dataset, Map<String, Polyline> traced,
                              String clause, String sourceId, Path pbf, PbfFile.Checked checked, String timestamp) {
        try {
            try (ImportJournal.Staging staged = ImportJournal.stage(target)) {
                Path staging = staged.dir();
                if (from == null) {
                    BuiltInDataset.exportTo(staging, true);
                } else {
                    copyDataset(from, staging);
                }
                Path links = staging.resolve(LINKS);
                String text = Files.readString(links, StandardCharsets.UTF_8);
                Files.writeString(links, TracedLinksText.rewrite(text, LINKS, traced, clause, sourceId),
                        StandardCharsets.UTF_8);
                OsmSourceRow.append(staging.resolve(SOURCES), dataset, sourceId, pbf, checked, timestamp,
                        "roads the links' geometry was traced along with corridor trace-links");
                DatasetLoad after = DatasetReader.read(staging);
                if (after.hasErrors()) {
                    throw new InputException(pbf.toString(), after.errors().get(0).field(), "the traced geometry would "
                            + "break the dataset: " + after.errors().get(0) + "; nothing was written");
                }
                if (inPlace) {
                    ImportJournal.commitInto(staging, target, List.of(SOURCES, LINKS));
                } else {
                    ImportJournal.commitNew(staging, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The road links to trace: those named (each must exist and be a road), or every road link. */
    static List<Link> chosen(Dataset dataset, List<String> ids) {
        if (ids.isEmpty()) {
            return dataset.links().stream().filter(l -> l.mode() == Mode.ROAD).toList();
        }
        List<Link> links = new ArrayList<>();
        for (String id : ids.stream().map(String::trim).distinct().toList()) {
            Link link = dataset.links().stream().filter(l -> l.id().equals(id)).findFirst()
                    .orElseThrow(() -> new InputException("--links", "", "no link '" + id + "' in the dataset"));
            if (link.mode() != Mode.ROAD) {
                throw new InputException("--links", "", "'" + id + "' is a " + link.mode().name().toLowerCase(Locale.ROOT)
                        + " link; only road links are traced along roads");
            }
            links.add(link);
        }
        return links;
    }

    /** South, west, north, east around every point of the links, widened by {@code marginKm}. */
    private static double[] box(List<Link> links, double marginKm) {
        double[] box = {90, 180, -90, -180};
        for (Link link : links) {
            for (GeoPoint p : link.geometry().points()) {
                box[0] = Math.min(box[0], p.latitude());
                box[1] = Math.min(box[1], p.longitude());
                box[2] = Math.max(box[2], p.latitude());
                box[3] = Math.max(box[3], p.longitude());
            }
        }
        double dLat = marginKm / 111.32;
        double dLon = marginKm / (111.32 * Math.max(0.05, Math.cos(Math.toRadians(Math.max(Math.abs(box[0]),
                Math.abs(box[2]))))));
        return new double[] {box[0] - dLat, box[1] - dLon, box[2] + dLat, box[3] + dLon};
    }

    /** The files of a dataset directory (those {@link DatasetImport#stage} copies, and a road layer), into staging. */
    private static void copyDataset(Path from, Path staging) throws IOException {
        DatasetImport.stage(from, staging);
        Path roads = from.resolve(RoadLayerFile.NAME);
        if (Files.isRegularFile(roads)) {
            Files.copy(roads, staging.resolve(RoadLayerFile.NAME));
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.noneMatch(p -> !p.getFileName().toString().startsWith("."));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
