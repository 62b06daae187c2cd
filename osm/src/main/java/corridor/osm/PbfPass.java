package corridor.osm;

import corridor.model.InputException;
import org.openstreetmap.osmosis.osmbinary.BinaryParser;
import org.openstreetmap.osmosis.osmbinary.Osmformat;
import org.openstreetmap.osmosis.osmbinary.file.BlockInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One pass over the blocks of a PBF file with the bare block parser (osmosis-osm-binary): nodes
 * (plain and dense) decoded to degrees for {@link #node}; ways, relations and the header left to
 * subclasses that want them. Not thread-safe: one pass at a time.
 */
abstract class PbfPass extends BinaryParser {

    /**
     * Runs {@code pass} over {@code file}.
     *
     * @param what what is read, for the message ("it", "its turn restrictions")
     * @throws InputException naming the file when it cannot be read as PBF
     */
    static void run(Path file, PbfPass pass, String what) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            new BlockInputStream(in, pass).process();
        } catch (IOException | RuntimeException e) {
            throw new InputException(file.toString(), "", "cannot read " + what + " as OpenStreetMap PBF: "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** A string of the block's string table, as the block's elements refer to them. */
    String text(int id) {
        return getStringById(id);
    }

    /** A node, in degrees. */
    void node(long id, double lat, double lon) {
    }

    @Override
    protected void parseNodes(List<Osmformat.Node> nodes) {
        for (Osmformat.Node n : nodes) {
            node(n.getId(), parseLat(n.getLat()), parseLon(n.getLon()));
        }
    }

    @Override
    protected void parseDense(Osmformat.DenseNodes dense) {
        long id = 0;
        long lat = 0;
        long lon = 0;
        for (int i = 0; i < dense.getIdCount(); i++) {
            id += dense.getId(i);
            lat += dense.getLat(i);
            lon += dense.getLon(i);
            node(id, parseLat(lat), parseLon(lon));
        }
    }

    @Override
    protected void parseWays(List<Osmformat.Way> ways) {
    }

    @Override
    protected void parseRelations(List<Osmformat.Relation> relations) {
    }

    @Override
    protected void parse(Osmformat.HeaderBlock header) {
    }

    @Override
    public void complete() {
    }
}
