package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.ingest.CsvPingReader;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

/**
 * Reads pings from CSV or Parquet files (any path Spark reads: local, {@code hdfs://},
 * {@code s3a://}) into the text of their fields, so that {@link corridor.monitor.ingest.PingRows} applies the
 * very rules of {@code corridor monitor ingest} to them.
 *
 * <p>Columns are found by the names and aliases the CSV reader knows (vehicle_id, timestamp,
 * latitude, longitude, optional speed_kmh and heading); an unknown or missing column is an error
 * before any work starts. In CSV every field is read as text; in Parquet numbers are written back
 * as text and timestamps as ISO-8601 in UTC. A CSV record with the wrong number of fields is kept
 * as malformed and rejected as unparseable, as the single-JVM reader does. All files of one input
 * share the first file's header.
 */
final class PingInput {

    /** The columns of the result, all text (null where the record has none). */
    static final List<String> FIELDS = List.of("vehicle_id", "timestamp", "latitude", "longitude", "speed_kmh", "heading");
    /** Non-null on a malformed CSV record. */
    static final String MALFORMED = "_malformed";
    /** A number per record increasing in the input's order (not a line number): the tie-break of equal times. */
    static final String ROW = "_row";

    private PingInput() {
    }

    /** The input's format by name: csv or parquet. */
    enum Format {
        CSV, PARQUET;

        static Format parse(String text, List<String> paths) {
            if (text == null || text.isBlank()) {
                boolean parquet = paths.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).endsWith(".parquet"));
                return parquet ? PARQUET : CSV;
            }
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "parquet" -> PARQUET;
                default -> throw InputException.ofParameter("--input-format", "must be csv or parquet, got '" + text + "'");
            };
        }
    }

    /** The pings of {@code paths} as text fields plus {@link #MALFORMED} and {@link #ROW}. */
    static Dataset<Row> read(SparkSession spark, List<String> paths, Format format, String where) {
        String[] files = paths.toArray(String[]::new);
        Dataset<Row> raw;
        try {
            if (format == Format.CSV) {
                StructType header = spark.read().option("header", "true").csv(files).schema();
                int[] roles = CsvPingReader.columnRoles(Arrays.asList(header.fieldNames()), where);
                StructType schema = new StructType();
                for (String name : header.fieldNames()) {
                    schema = schema.add(name, DataTypes.StringType, true);
                }
                schema = schema.add(MALFORMED, DataTypes.StringType, true);
                raw = spark.read().schema(schema).option("header", "true").option("mode", "PERMISSIVE")
                        .option("columnNameOfCorruptRecord", MALFORMED).csv(files);
                return select(raw, header, roles, true);
            }
            raw = spark.read().parquet(files);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) {
            // Spark's AnalysisException (no such path, not Parquet) is checked to Java, undeclared in Scala
            throw new InputException(where, "", "cannot read the pings: " + firstLine(e.getMessage()));
        }
        StructType schema = raw.schema();
        int[] roles = CsvPingReader.columnRoles(Arrays.asList(schema.fieldNames()), where);
        return select(raw, schema, roles, false);
    }

    private static Dataset<Row> select(Dataset<Row> raw, StructType schema, int[] roles, boolean csv) {
        List<Column> columns = new ArrayList<>();
        for (int role = 0; role < FIELDS.size(); role++) {
            if (roles[role] < 0) {
                columns.add(lit(null).cast(DataTypes.StringType).as(FIELDS.get(role)));
                continue;
            }
            StructField field = schema.fields()[roles[role]];
            columns.add(asText(col("`" + field.name() + "`"), field.dataType()).as(FIELDS.get(role)));
        }
        columns.add(csv ? col(MALFORMED) : lit(null).cast(DataTypes.StringType).as(MALFORMED));
        columns.add(monotonically_increasing_id().as(ROW));
        return raw.select(columns.toArray(Column[]::new));
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Column asText(Column column, DataType type) {
        if (type.equals(DataTypes.TimestampType)) {
            return date_format(column, "yyyy-MM-dd'T'HH:mm:ssXXX");
        }
        return type.equals(DataTypes.StringType) ? column : column.cast(DataTypes.StringType);
    }
}
