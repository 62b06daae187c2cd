package corridor.data.imports;

import corridor.data.BuiltInDataset;
import corridor.data.DatasetReader;
import corridor.data.load.DatasetLoad;
import corridor.data.load.Problem;
import corridor.model.Dataset;
import corridor.model.InputException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes an {@link ImportBatch} into a dataset directory, all or nothing.
 *
 * <p>Where imports go: into the dataset directory given ({@code corridor import ... --into DIR}).
 * When DIR does not exist or is empty, it first gets a copy of the built-in dataset, so that the
 * result is a complete dataset to use with {@code --data DIR}; a directory holding other files but
 * no {@code sources.csv} is refused. The generated source row goes to sources.csv and the records
 * to their layer file, after the rows already there.
 *
 * <p>How: the dataset is copied into a staging directory beside DIR, the records are appended
 * there, and the whole staged dataset is read and validated with {@link DatasetReader}, so an
 * imported record meets every rule a hand-written one does (ids unique across layers, sources
 * resolve, values in range). An error on a record stops the import naming the input file and line
 * (with skip-bad-rows the record is set aside and the rest revalidated). Only a dataset without
 * errors is committed in one atomic step ({@link ImportJournal}): a new DIR is the staging
 * directory renamed; into an existing DIR, sources.csv then the layer file are renamed in under a
 * journal, which the next import into DIR completes if a crash came between the renames. Every file
 * is forced to disk before the commit. The staging directory is removed in every case, and staging
 * directories of imports that died are removed by the next import.
 */
public final class DatasetImport {

    private static final String SOURCES = "sources.csv";
    private static final List<String> SHARED_ID_LAYERS = List.of("places.geojson", "links.geojson",
            "projects.geojson", "incidents.geojson", "minerals.geojson");
    /** Rounds of revalidation after setting bad records aside; each round removes at least one. */
    private static final int MAX_ROUNDS = 50;

    private DatasetImport() {
    }

    /**
     * Writes {@code batch} into the dataset directory {@code dir}.
     *
     * @param skipBadRows whether records the dataset rejects are set aside instead of stopping the import
     * @throws InputException when DIR cannot take the import, the file was imported before, or a record
     *                        is bad and bad rows are not skipped; nothing is written then
     */
    public static ImportResult apply(Path dir, ImportBatch batch, boolean skipBadRows) {
        Path target = targetDirectory(dir);
        try {
            List<String> recovered = ImportJournal.recover(target);
            try (ImportJournal.Staging staging = ImportJournal.stage(target)) {
                boolean created = stage(target, staging.dir());
                return write(dir, target, staging.dir(), created, batch, skipBadRows).withRecovered(recovered);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The absolute directory an import writes into: new, or an existing directory, inside one that
     * exists. Also used by the OSM import.
     *
     * @throws InputException naming {@code dir} when it is a file or its parent does not exist
     */
    public static Path targetDirectory(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InputException(dir.toString(), "", "exists and is not a directory");
        }
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InputException(dir.toString(), "", "its parent directory does not exist");
        }
        return target;
    }

    /**
     * Copies the dataset in {@code target} (or the built-in one, when {@code target} is new or
     * empty) into {@code staging}; true when built-in. Also used by the OSM import.
     *
     * @throws InputException when {@code target} holds files but no dataset
     */
    public static boolean stage(Path target, Path staging) throws IOException {
        if (Files.isRegularFile(target.resolve(SOURCES))) {
            for (String name : BuiltInDataset.fileNames()) {
                Path file = target.resolve(name);
                if (Files.isRegularFile(file)) {
                    Path copy = staging.resolve(name);
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
            return false;
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.anyMatch(p -> !p.getFileName().toString().startsWith("."))) {
                    throw new InputException(target.toString(), "", "holds files but no dataset (no sources.csv); "
                            + "give an empty or new directory, or a dataset directory");
                }
            }
        }
        BuiltInDataset.exportTo(staging, true);
        return true;
    }

    private static ImportResult write(Path dir, Path target, Path staging, boolean created, ImportBatch batch,
                                      boolean skipBadRows) throws IOException {
        DatasetLoad before = DatasetReader.read(staging);
        if (before.hasErrors()) {
            Problem first = before.errors().get(0);
            throw new InputException(dir + " (" + first.where() + ")", first.field(), "the target dataset has errors: "
                    + first.message() + "; fix them first (corridor --data " + dir + " validate)");
        }
        Map<String, String> source = batch.source();
        if (source != null && before.dataset().source(source.get("id")).isPresent()) {
            throw new InputException(batch.file(), "", "already imported into " + dir + ": source '" + source.get("id")
                    + "' (this file's content) is there");
        }
        List<RejectedRow> rejected = new ArrayList<>(batch.rejected());
        List<NewRecord> records = withoutTakenIds(batch, before.dataset(), rejected, skipBadRows);
        Map<String, byte[]> originals = new HashMap<>();
        for (String name : List.of(SOURCES, batch.layerFile())) {
            Path file = staging.resolve(name);
            originals.put(name, Files.isRegularFile(file) ? Files.readAllBytes(file) : null);
        }
        for (int round = 0; round < MAX_ROUNDS && !records.isEmpty(); round++) {
            Map<String, NewRecord> byLocation = stageRecords(staging, originals, batch, records);
            List<NewRecord> bad = new ArrayList<>();
            for (Problem problem : DatasetReader.read(staging).errors()) {
                NewRecord record = problem.file().equals(batch.layerFile()) ? byLocation.get(problem.location()) : null;
                if (record == null) {
                    throw new InputException(batch.file(), problem.field(), "the import would break the dataset: "
                            + problem);
                }
                String reason = problem.message() + " (as " + problem.where() + " of the dataset)";
                reject(batch.file(), record, problem.field(), reason, rejected, skipBadRows);
                bad.add(record);
            }
            if (bad.isEmpty()) {
                commit(target, staging, created, batch);
                return new ImportResult(batch, records, rejected, totals(batch, records), target,
                        created, source == null ? "" : source.get("id"));
            }
            records = records.stream().filter(r -> !bad.contains(r)).toList();
        }
        if (!records.isEmpty()) {
            throw new IllegalStateException("the dataset still had errors after " + MAX_ROUNDS + " rounds");
        }
        return new ImportResult(batch, List.of(), rejected, totals(batch, List.of()), target, false, "");
    }

    private static List<String> totals(ImportBatch batch, List<NewRecord> records) {
        List<String> lines = new ArrayList<>(Importers.totals(batch.kind(), records));
        lines.addAll(batch.totals());
        return lines;
    }

    /** The records whose ids are free in the dataset; the others are rejected (or stop the import). */
    private static List<NewRecord> withoutTakenIds(ImportBatch batch, Dataset dataset, List<RejectedRow> rejected,
                                                   boolean skipBadRows) {
        Set<String> taken = new HashSet<>();
        if (batch.layerFile().equals("indicators.csv")) {
            dataset.indicators().forEach(v -> taken.add(v.id()));
        } else if (SHARED_ID_LAYERS.contains(batch.layerFile())) {
            dataset.places().forEach(p -> taken.add(p.id()));
            dataset.links().forEach(l -> taken.add(l.id()));
            dataset.projects().forEach(p -> taken.add(p.id()));
            dataset.incidents().forEach(i -> taken.add(i.id()));
            dataset.minerals().forEach(m -> taken.add(m.id()));
        }
        List<NewRecord> free = new ArrayList<>();
        for (NewRecord record : batch.records()) {
            if (taken.contains(record.id())) {
                reject(batch.file(), record, "id", "id '" + record.id() + "' is already in the dataset",
                        rejected, skipBadRows);
            } else {
                free.add(record);
            }
        }
        return free;
    }

    private static void reject(String file, NewRecord record, String column, String reason, List<RejectedRow> rejected,
                               boolean skipBadRows) {
        if (!skipBadRows) {
            throw new InputException(file + " " + record.location(), column, reason);
        }
        rejected.add(new RejectedRow(file, record.location(), column, reason, record.text()));
    }

    /** Writes sources.csv and the layer file into staging; returns the records by their staged location. */
    private static Map<String, NewRecord> stageRecords(Path staging, Map<String, byte[]> originals, ImportBatch batch,
                                                       List<NewRecord> records) throws IOException {
        if (batch.source() != null) {
            Map<String, Object> sourceRow = new LinkedHashMap<>(batch.source());
            String text = LayerText.appendCsv(string(originals.get(SOURCES)), List.of(sourceRow)).text();
            Files.writeString(staging.resolve(SOURCES), text, StandardCharsets.UTF_8);
        }
        String original = string(originals.get(batch.layerFile()));
        LayerText.Appended appended = batch.layerFile().endsWith(".csv")
                ? LayerText.appendCsv(original, records.stream().map(NewRecord::fields).toList())
                : LayerText.appendGeoJson(original, records);
        Files.writeString(staging.resolve(batch.layerFile()), appended.text(), StandardCharsets.UTF_8);
        Map<String, NewRecord> byLocation = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            byLocation.put(appended.locations().get(i), records.get(i));
        }
        return byLocation;
    }

    private static String string(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * Commits the staged dataset in one atomic step ({@link ImportJournal}): a new dataset directory
     * is the staging directory renamed; into an existing one, sources.csv then the layer file move
     * in under a journal that the next import completes after a crash.
     */
    private static void commit(Path target, Path staging, boolean created, ImportBatch batch) throws IOException {
        if (created) {
            ImportJournal.commitNew(staging, target);
            return;
        }
        List<String> names = new ArrayList<>();
        if (batch.source() != null) {
            names.add(SOURCES);
        }
        names.add(batch.layerFile());
        ImportJournal.commitInto(staging, target, names);
    }
}
