package corridor.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import corridor.model.network.RoadLayer;

import java.io.IOException;

/**
 * Turns model records into JSON and back, in one canonical form: properties and map entries
 * sorted, dates as ISO text. The same record always gives the same text, which makes the text
 * fit for hashing.
 */
final class RecordJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addSerializer(new RoadLayerSummary()))
            // Derived "isX()" values (GeoPoint.isValid, ...) are not part of a record.
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RecordJson() {
    }

    /**
     * A dataset's OSM road layer is not stored (it stays in roads.bin); for the content hash it is
     * written as what identifies it: the OSM file's checksum, its counts and the places joined.
     */
    private static final class RoadLayerSummary extends StdSerializer<RoadLayer> {
        RoadLayerSummary() {
            super(RoadLayer.class);
        }

        @Override
        public void serialize(RoadLayer roads, com.fasterxml.jackson.core.JsonGenerator out,
                              com.fasterxml.jackson.databind.SerializerProvider provider) throws IOException {
            out.writeStartObject();
            out.writeStringField("sha256", roads.origin() == null ? "" : roads.origin().sha256());
            out.writeNumberField("junctions", roads.junctionCount());
            out.writeNumberField("segments", roads.segmentCount());
            out.writeArrayFieldStart("joins");
            for (int j = 0; j < roads.joinCount(); j++) {
                out.writeString(roads.joinPlace(j) + "@" + roads.joinJunction(j));
            }
            out.writeEndArray();
            out.writeEndObject();
        }
    }

    static String write(Object record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the store holds a " + type.getSimpleName()
                    + " that does not read back: " + e.getOriginalMessage(), e);
        }
    }
}
