package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.List;
import java.util.Locale;

/**
 * The indicators of a state as a table, with the columns of {@code corridor monitor report --format csv}
 * (hours, km, km/h, US dollars; null where a figure is unknown), written as Parquet or CSV.
 */
final class ReportTables {

    static final StructType SCHEMA = new StructType()
            .add("subject", DataTypes.StringType, false)
            .add("id", DataTypes.StringType, false)
            .add("month", DataTypes.StringType, false)
            .add("count", DataTypes.LongType, false)
            .add("mean_hours", DataTypes.DoubleType, true)
            .add("min_hours", DataTypes.DoubleType, true)
            .add("max_hours", DataTypes.DoubleType, true)
            .add("mean_distance_km", DataTypes.DoubleType, true)
            .add("swod_kmh", DataTypes.DoubleType, true)
            .add("swd_kmh", DataTypes.DoubleType, true)
            .add("mean_cost_usd", DataTypes.DoubleType, true)
            .add("cost_count", DataTypes.LongType, false);

    private ReportTables() {
    }

    static List<Row> rows(Aggregates aggregates) {
        return Indicator.of(aggregates, null, null, null).stream()
                .map(r -> RowFactory.create(r.key().subject().label(), r.key().id(), r.key().month(), r.count(),
                        r.meanHours(), r.minHours(), r.maxHours(), r.meanDistanceKm(), r.swodKmh(), r.swdKmh(),
                        r.meanCostUsd(), r.costCount()))
                .toList();
    }

    /** Writes the indicators to {@code dir} (replaced) as one Parquet or CSV file with a header. */
    static void write(SparkSession spark, Aggregates aggregates, String dir, String format) {
        String f = format.trim().toLowerCase(Locale.ROOT);
        if (!f.equals("parquet") && !f.equals("csv")) {
            throw InputException.ofParameter("--tables-format", "must be parquet or csv, got '" + format + "'");
        }
        var writer = spark.createDataFrame(rows(aggregates), SCHEMA).coalesce(1).write().mode(SaveMode.Overwrite);
        if (f.equals("csv")) {
            writer.option("header", "true").csv(dir);
        } else {
            writer.parquet(dir);
        }
    }
}
