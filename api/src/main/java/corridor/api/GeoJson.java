package corridor.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corridor.model.geo.GeoPoint;

import java.io.IOException;
import java.util.List;

/**
 * The GeoJSON (RFC 7946) objects every writer of features builds: collections, features, points and
 * lines, positions as {@code [longitude, latitude]} in degrees. The one place these shapes are written,
 * as trees and, for a route's legs, straight to a generator ({@link #writePoint}, {@link #writeLineString}).
 * Stateless and thread-safe.
 */
public final class GeoJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeoJson() {
    }

    /** {@code {"type": "FeatureCollection", "features": [...]}}, the features in their order. */
    public static ObjectNode collection(List<ObjectNode> features) {
        ObjectNode collection = NODES.objectNode();
        collection.put("type", "FeatureCollection");
        collection.putArray("features").addAll(features);
        return collection;
    }

    /**
     * A Feature: {@code type}, {@code id} (left out when null), {@code geometry} (JSON null when null:
     * a record without a location) and {@code properties}.
     */
    public static ObjectNode feature(String id, ObjectNode geometry, ObjectNode properties) {
        ObjectNode feature = NODES.objectNode();
        feature.put("type", "Feature");
        if (id != null) {
            feature.put("id", id);
        }
        feature.set("geometry", geometry);
        feature.set("properties", properties);
        return feature;
    }

    /** A geometry of {@code type} (Point, LineString, MultiPolygon...) with its {@code coordinates}. */
    public static ObjectNode geometry(String type, ArrayNode coordinates) {
        ObjectNode geometry = NODES.objectNode();
        geometry.put("type", type);
        geometry.set("coordinates", coordinates);
        return geometry;
    }

    /** A Point at {@code point}. */
    public static ObjectNode point(GeoPoint point) {
        return geometry("Point", position(point.longitude(), point.latitude()));
    }

    /** A LineString through {@code points}, in their order. */
    public static ObjectNode lineString(List<GeoPoint> points) {
        return geometry("LineString", positions(points));
    }

    /** A Polygon of one ring, {@code outline} (closed: its first point again at its end). */
    public static ObjectNode polygon(List<GeoPoint> outline) {
        return geometry("Polygon", NODES.arrayNode().add(positions(outline)));
    }

    /** {@code points} as an array of positions, in their order (a line's or a ring's coordinates). */
    public static ArrayNode positions(List<GeoPoint> points) {
        ArrayNode positions = NODES.arrayNode();
        points.forEach(p -> positions.add(position(p.longitude(), p.latitude())));
        return positions;
    }

    /** {@link #point} written to {@code json}. */
    public static void writePoint(JsonGenerator json, GeoPoint point) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "Point");
        json.writeFieldName("coordinates");
        writePosition(json, point);
        json.writeEndObject();
    }

    /** {@link #lineString} written to {@code json}. */
    public static void writeLineString(JsonGenerator json, List<GeoPoint> points) throws IOException {
        json.writeStartObject();
        json.writeStringField("type", "LineString");
        json.writeArrayFieldStart("coordinates");
        for (GeoPoint p : points) {
            writePosition(json, p);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writePosition(JsonGenerator json, GeoPoint p) throws IOException {
        json.writeStartArray();
        json.writeNumber(p.longitude());
        json.writeNumber(p.latitude());
        json.writeEndArray();
    }

    /** A position: {@code [longitude, latitude]}, degrees. */
    public static ArrayNode position(double longitude, double latitude) {
        return NODES.arrayNode().add(longitude).add(latitude);
    }
}
