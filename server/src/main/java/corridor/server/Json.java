package corridor.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import corridor.model.InputException;

import java.nio.charset.StandardCharsets;

/** The JSON mapper of the API: dates as ISO text. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A request body read as a JSON object.
     *
     * @param example a body the client could send, shown in the errors
     * @throws InputException naming the request body when it is empty, not JSON or not an object
     */
    static ObjectNode object(byte[] body, String example) {
        if (body.length == 0) {
            throw new InputException("request body", "", "empty; send " + example);
        }
        try {
            JsonNode node = MAPPER.readTree(new String(body, StandardCharsets.UTF_8));
            if (node == null || !node.isObject()) {
                throw new InputException("request body", "", "expected a JSON object such as " + example);
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new InputException("request body", "", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }
}
