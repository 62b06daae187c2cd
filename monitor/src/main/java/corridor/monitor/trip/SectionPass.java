package corridor.monitor.trip;

/**
 * One trip's drive over a whole fixed corridor section.
 *
 * @param sectionId        the section
 * @param entryEpochSecond when the vehicle entered its first link (in the direction driven)
 * @param exitEpochSecond  when it left its last link
 * @param movingSeconds    time moving on its links
 * @param distanceKm       distance driven on its links
 */
public record SectionPass(String sectionId, long entryEpochSecond, long exitEpochSecond, double movingSeconds,
                          double distanceKm) {

    /** Entry to exit, seconds: moving time plus every stop and hub dwell within the section. */
    public long transitSeconds() {
        return exitEpochSecond - entryEpochSecond;
    }
}
