package corridor.monitor.archfixture;

import corridor.cli.Main;

/**
 * A deliberate violation for {@code corridor.cli.ArchitectureTest}: a class in the monitoring
 * engine's packages that uses the command line. Test sources only; never on a main class path.
 */
public final class UpwardImport {

    private UpwardImport() {
    }

    /** The surface this engine class should never know. */
    public static Class<?> surface() {
        return Main.class;
    }
}
