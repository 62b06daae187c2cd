package corridor.model;

/**
 * Named steps of the writes that must survive a crash (a store write, an upload, an import), where
 * reliability tests stop the JVM on purpose: started with {@code -Dcorridor.crash-at=NAME}, the
 * process halts (as {@code kill -9} would: no shutdown hooks, nothing flushed) when it reaches the
 * step {@code NAME}. Without the property nothing happens; the property is read once.
 * Thread-safe.
 */
public final class CrashPoint {

    /** The system property naming the step to halt at. */
    public static final String PROPERTY = "corridor.crash-at";
    /** The exit status of a halt here: that of a process killed by signal 9. */
    public static final int HALT_STATUS = 137;
    private static final String TARGET = System.getProperty(PROPERTY, "");

    private CrashPoint() {
    }

    /** Halts the JVM when {@code name} is the step the property names; otherwise returns at once. */
    public static void reached(String name) {
        if (!TARGET.isEmpty() && TARGET.equals(name)) {
            System.err.println("corridor: halting at crash point " + name);
            System.err.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }
}
