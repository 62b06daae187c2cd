package corridor.data.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The OECD Creditor Reporting System sector codes (three digits, the level AidData's GCDF 3.0 records
 * in {@code Sector Code}) and the Corridor sector each is filed under, from the table
 * {@code crs-sectors.csv} beside this class (the OECD's CRS code list at the three-digit level).
 * Codes that have no Corridor sector of their own, and codes not in this table (a later GCDF release
 * may add some), are filed under {@code other}; the note then names the code and AidData's sector
 * name, so nothing is lost.
 * Stateless and thread-safe.
 */
final class GcdfSectors {

    /** The table, one row a code: {@code code,crs_name,corridor_sector} ({@code other} for no sector of its own). */
    private static final String TABLE = "crs-sectors.csv";

    /** Corridor sector of each code of the table. */
    private static final Map<String, String> SECTORS = new HashMap<>();
    /** The CRS names of the three-digit codes, for the note when AidData's own name is empty. */
    private static final Map<String, String> CRS_NAMES = new HashMap<>();

    static {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (InputStream in = Objects.requireNonNull(GcdfSectors.class.getResourceAsStream(TABLE), TABLE);
             CSVParser rows = CSVParser.builder().setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                     .setFormat(format).get()) {
            for (CSVRecord row : rows) {
                SECTORS.put(row.get("code"), row.get("corridor_sector"));
                CRS_NAMES.put(row.get("code"), row.get("crs_name"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE + " from the jar", e);
        }
    }

    private GcdfSectors() {
    }

    /** The Corridor sector of a CRS code: one of the mapped ones, else {@code other}; never null. */
    static String sector(String code) {
        return SECTORS.getOrDefault(code == null ? "" : code.strip(), "other");
    }

    /** The code and its name for the note, saying where a code was filed when that is not obvious. */
    static String describe(String code, String aidDataName) {
        String name = aidDataName == null || aidDataName.isBlank() ? CRS_NAMES.getOrDefault(code, "") : aidDataName;
        String text = (code.isEmpty() ? "(no code)" : code) + (name.isEmpty() ? "" : " " + name);
        String sector = sector(code);
        if (sector.equals("other")) {
            return text + (CRS_NAMES.containsKey(code) ? " (no Corridor sector of its own, filed as other)"
                    : " (a code outside the OECD CRS list, filed as other)");
        }
        if (code.equals("320")) {
            return text + " (industry, mining and construction, filed as industry_sez)";
        }
        return text;
    }
}
