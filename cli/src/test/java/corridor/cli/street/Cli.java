package corridor.cli.street;

import corridor.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the corridor command in-process and keeps what it printed, for the street-level tests. */
record Cli(int exitCode, String out, String err) {

    /** The osm module's test resources (real extracts and a real GPS trace with their provenance), read in place. */
    static final Path OSM = Path.of("..", "osm", "src", "test", "resources", "osm");

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** Imports an extract of the test resources into {@code dir}; fails the test when the import does. */
    static void importOsm(String pbf, Path dir, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "import";
        args[1] = "osm";
        args[2] = OSM.resolve(pbf).toString();
        args[3] = "--into";
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[4] = dir.toString();
        System.arraycopy(more, 0, all, 5, more.length);
        Cli run = run(java.util.Arrays.copyOf(all, 5 + more.length));
        if (run.exitCode() != 0) {
            throw new AssertionError("import of " + pbf + " failed: " + run.err());
        }
    }
}
