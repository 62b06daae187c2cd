package corridor.monitor.ingest;

import java.io.Reader;
import java.util.List;

/**
 * Reads cost records: CSV with {@code vehicle_id}, {@code timestamp} (ISO-8601 with a zone),
 * {@code cost_usd} and optionally {@code place}. Cost records are few and all needed, so any
 * bad record is an error naming its line.
 */
public final class CostCsvReader {

    private CostCsvReader() {
    }

    /** All records of {@code in} (not closed). */
    public static List<CostRecord> read(Reader in, String where) {
        return TripRecordCsv.read(in, where, List.of("cost_usd"), List.of("place"),
                (f, at) -> new CostRecord(f.vehicleId(), f.epochSecond(), f.amount("cost_usd"), f.optional("place")));
    }
}
