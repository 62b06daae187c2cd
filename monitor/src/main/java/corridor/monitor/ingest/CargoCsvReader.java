package corridor.monitor.ingest;

import java.io.Reader;
import java.util.List;

/**
 * Reads cargo records (a trips file): CSV with {@code vehicle_id}, {@code timestamp} (ISO-8601
 * with a zone, any time during the trip) and {@code cargo_tonnes}. Any bad record is an error
 * naming its line.
 */
public final class CargoCsvReader {

    private CargoCsvReader() {
    }

    /** All records of {@code in} (not closed). */
    public static List<CargoRecord> read(Reader in, String where) {
        return TripRecordCsv.read(in, where, List.of("cargo_tonnes"), List.of(),
                (f, at) -> new CargoRecord(f.vehicleId(), f.epochSecond(), f.amount("cargo_tonnes")));
    }
}
