package corridor.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;

/**
 * The classes a corridor job sends through Kryo, with their compact forms: {@code spark.kryo.registrator}
 * of every session ({@link SparkSessions#configure}). Public for Spark, which makes it by reflection.
 */
public final class KryoClasses implements KryoRegistrator {

    @Override
    public void registerClasses(Kryo kryo) {
        // Kryo 4 cannot build records (a task's result, such as criticality's impacts): they travel
        // in Java's serialized form, unless registered with a form of their own below
        kryo.addDefaultSerializer(Record.class, JavaSerializer.class);
        kryo.register(PingRecord.class, new PingRecord.KryoSerializer());
        kryo.register(VehicleIngest.Output.class);
        // broadcast once per job; Java's serialization keeps its own form (a map of file contents)
        kryo.register(DatasetSource.class, new JavaSerializer());
    }
}
