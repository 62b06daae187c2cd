package corridor.bench;

/** The heap in use, for the memory measurements run outside JMH. */
public final class HeapUse {

    private HeapUse() {
    }

    /** Bytes of heap in use after three full collections requested in a row (what is still live, near enough). */
    public static long afterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
