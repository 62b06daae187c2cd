package corridor.cli.street;

import corridor.api.match.MatchFormat;
import corridor.api.match.TraceMatching;
import corridor.cli.common.FormattedCommand;
import corridor.data.InputFiles;
import corridor.model.InputException;
import corridor.model.vehicle.Vehicle;
import corridor.monitor.trace.TraceMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code corridor match FILE}: snaps a GPS trace (GPX, GeoJSON or CSV; times optional) to the street-level
 * roads of {@code --data DIR} and prints the matched path, each point's snapped position and distance, the
 * OSM ways driven, length and (with times) speeds. Breaks and points off the roads go to standard error;
 * the exit code is 0 for an unbroken match, 1 when the chain breaks or points are off the roads.
 */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Snaps a GPS trace (GPX, GeoJSON or CSV, with or without times) to the imported OpenStreetMap "
                + "roads: path, snapped points, ways driven, length, speeds. Exits 1 when the chain breaks.")
public final class MatchCommand extends FormattedCommand<MatchFormat> {

    /** The largest trace file read, in characters. */
    static final int MAX_CHARS = 32 << 20;
    /** Exit code when the match breaks or points are off the roads. */
    static final int EXIT_BROKEN = 1;

    @Parameters(index = "0", paramLabel = "FILE", description = "the trace: .gpx, .geojson or .csv (lat,lon[,time])")
    Path file;

    @Option(names = "--vehicle", paramLabel = "ID",
            description = "the vehicle that drove the trace (an id of the dataset's vehicles.csv): the match keeps off "
                    + "the roads it may not use (maxweight, maxheight; hgv=no for a heavy transport vehicle), as the "
                    + "router does (default: every road)")
    String vehicle;

    @Override
    protected int call(MatchFormat output) {
        Vehicle driver = TraceMatching.vehicle(data.dataset(), vehicle, "--vehicle");
        String text = readText(file);
        TraceMatching matching = new TraceMatching(data.dataset().roads());
        TraceMatch match = matching.match(text, file.toString(), driver);
        out().print(matching.render(match, output, file.getFileName().toString()));
        matching.notes(match).forEach(note -> err().println("match: " + note));
        err().printf(Locale.ROOT, "match: %.3f km along %d way%s, %d of %d points matched%n",
                match.lengthKm(), match.ways().size(), match.ways().size() == 1 ? "" : "s",
                match.points().stream().filter(TraceMatch.PointMatch::matched).count(), match.points().size());
        return match.continuous() ? 0 : EXIT_BROKEN;
    }

    /** The file as UTF-8 text, at most {@link #MAX_CHARS}; refused with its name otherwise. */
    static String readText(Path file) {
        String where = file.toString();
        long bytes = InputFiles.requireNonEmptyFile(file, where);
        if (bytes > 4L * MAX_CHARS) {
            throw tooLong(where);
        }
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader in = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                text.append(buffer, 0, read);
                if (text.length() > MAX_CHARS) {
                    throw tooLong(where);
                }
            }
        } catch (CharacterCodingException e) {
            throw new InputException(where, "", "is not UTF-8 text; expected a GPS trace as GPX, GeoJSON or CSV");
        } catch (IOException e) {
            throw new InputException(where, "", "cannot be read (" + e.getMessage() + ")");
        }
        return text.toString();
    }

    private static InputException tooLong(String where) {
        return new InputException(where, "", String.format(Locale.ROOT,
                "is longer than %,d characters, the most this command reads; split the trace", MAX_CHARS));
    }
}
