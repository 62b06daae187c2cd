package corridor.spark;

import corridor.model.InputException;
import corridor.monitor.indicator.Aggregates;
import corridor.monitor.indicator.Indicator;
import corridor.monitor.indicator.IndicatorDefinition;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The indicators of a state as a table with the columns of {@code corridor monitor report --format csv}
 * ({@code subject, id, month} and every row of {@link IndicatorDefinition}, in its order: counts as
 * longs, months as text, figures as doubles in their units; null where a figure is unknown),
 * written as Parquet or CSV.
 */
final class ReportTables {

    static final StructType SCHEMA = schema();

    private ReportTables() {
    }

    private static StructType schema() {
        StructType schema = new StructType()
                .add("subject", DataTypes.StringType, false)
                .add("id", DataTypes.StringType, false)
                .add("month", DataTypes.StringType, false);
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            schema = switch (d.unit()) {
                case COUNT -> schema.add(d.key(), DataTypes.LongType, false);
                case MONTH -> schema.add(d.key(), DataTypes.StringType, true);
                default -> schema.add(d.key(), DataTypes.DoubleType, true);
            };
        }
        return schema;
    }

    static List<Row> rows(Aggregates aggregates) {
        return Indicator.of(aggregates, null, null, null).stream().map(ReportTables::row).toList();
    }

    private static Row row(Indicator r) {
        List<Object> values = new ArrayList<>(List.of(r.key().subject().label(), r.key().id(), r.key().month()));
        for (IndicatorDefinition d : IndicatorDefinition.values()) {
            values.add(d.value(r));
        }
        return RowFactory.create(values.toArray());
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
