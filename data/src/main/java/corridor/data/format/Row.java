package corridor.data.format;

import com.fasterxml.jackson.databind.JsonNode;
import corridor.data.load.Numbers;
import corridor.data.load.Problem;
import corridor.model.source.Confidence;
import corridor.model.source.Provenance;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one CSV row or one GeoJSON feature's properties, read with every problem
 * collected against the record's file and location. Once any error is recorded, the record
 * is {@link #failed()} and its reader leaves it out. Not thread-safe: one reader fills it.
 */
public final class Row {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
    private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(-(\\d{2})(-(\\d{2}))?)?");

    private final String file;
    private final String location;
    private final Map<String, JsonNode> values;
    private final List<Problem> problems;
    private boolean failed;

    Row(String file, String location, Map<String, JsonNode> values, List<Problem> problems) {
        this.file = file;
        this.location = location;
        this.values = values;
        this.problems = problems;
    }

    /** The file the record is in ({@code places.geojson}). */
    public String file() {
        return file;
    }

    /** Where in the file: {@code line 12} or {@code feature 3}. */
    public String location() {
        return location;
    }

    /** Whether an error was recorded against this record: its reader leaves it out. */
    public boolean failed() {
        return failed;
    }

    /** Records an error in {@code field} (empty: the whole record); the record has {@link #failed()}. */
    public void error(String field, String message) {
        problems.add(Problem.error(file, location, field, message));
        failed = true;
    }

    /** The trimmed text of a field; empty when absent, null or blank. */
    public String text(String field) {
        JsonNode node = values.get(field);
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isTextual() || node.isNumber()) {
            return node.asText().trim();
        }
        error(field, "expected text, got " + describe(node));
        return "";
    }

    /** The trimmed text of a field, "" when absent or not text; never records a problem (for a record already left out). */
    public String quietText(String field) {
        JsonNode node = values.get(field);
        return node != null && (node.isTextual() || node.isNumber()) ? node.asText().trim() : "";
    }

    /** The text of a required field; records an error and returns "" when it is empty. */
    public String required(String field) {
        String value = text(field);
        if (value.isEmpty() && !failedOn(field)) {
            error(field, "missing required value");
        }
        return value;
    }

    private boolean failedOn(String field) {
        return !problems.isEmpty() && problems.get(problems.size() - 1).field().equals(field)
                && problems.get(problems.size() - 1).location().equals(location)
                && problems.get(problems.size() - 1).file().equals(file);
    }

    /** A required id: lower-case letters, digits, '-' and '_'. */
    public String id(String field) {
        String value = required(field);
        if (!value.isEmpty()) {
            checkId(field, value);
        }
        return value;
    }

    /** An optional reference to an id; "" when empty. */
    public String optionalId(String field) {
        String value = text(field);
        if (!value.isEmpty()) {
            checkId(field, value);
        }
        return value;
    }

    private boolean checkId(String field, String value) {
        if (ID.matcher(value).matches()) {
            return true;
        }
        error(field, "invalid id '" + value + "'; use lower-case letters, digits, '-' and '_'");
        return false;
    }

    /** A ';'-separated list of ids; empty when the field is. */
    public List<String> idList(String field) {
        List<String> ids = list(field);
        for (String id : ids) {
            checkId(field, id);
        }
        return ids;
    }

    /** A ';'-separated list of trimmed, non-empty items. */
    public List<String> list(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(value.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** A number, or null when empty. */
    public Double number(String field) {
        JsonNode node = values.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return finite(field, node.doubleValue(), node.asText());
        }
        if (!node.isTextual()) {
            error(field, "expected a number, got " + describe(node));
            return null;
        }
        String value = node.asText().trim();
        if (value.isEmpty()) {
            return null;
        }
        if (!NUMBER.matcher(value).matches()) {
            error(field, "not a number: '" + value + "'");
            return null;
        }
        return finite(field, Double.parseDouble(value), value);
    }

    private Double finite(String field, double value, String text) {
        if (!Double.isFinite(value)) {
            error(field, "not a finite number: '" + text + "'");
            return null;
        }
        return value;
    }

    /** A number within [min, max], or null when empty; {@code unit} names the unit in messages. */
    public Double number(String field, double min, double max, String unit) {
        Double value = number(field);
        if (value != null && (value < min || value > max)) {
            error(field, Numbers.format(value) + unitSuffix(unit) + " is out of range " + Numbers.format(min)
                    + " to " + Numbers.format(max) + unitSuffix(unit));
            return null;
        }
        return value;
    }

    private static String unitSuffix(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }

    /** A whole number within [min, max], or null when empty. */
    public Integer wholeNumber(String field, long min, long max) {
        Double value = number(field);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            error(field, "not a whole number: " + Numbers.format(value));
            return null;
        }
        if (value < min || value > max) {
            error(field, Numbers.format(value) + " is out of range " + min + " to " + max);
            return null;
        }
        return value.intValue();
    }

    /** A year of money or of an event, 1900 to 2100, or null when empty. */
    public Integer year(String field) {
        return wholeNumber(field, 1900, 2100);
    }

    /** An enum value written in lower case; null when empty or unknown (unknown is an error). */
    public <E extends Enum<E>> E enumValue(String field, Class<E> type, boolean required) {
        String value = required ? required(field) : text(field);
        if (value.isEmpty()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(value)) {
                return constant;
            }
        }
        error(field, "unknown " + field + " '" + value + "'; expected one of " + names(type));
        return null;
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    /** An ISO date that may be partial: 2024, 2024-05, 2024-05-31; "" when empty. */
    public String partialDate(String field) {
        String value = text(field);
        if (value.isEmpty()) {
            return value;
        }
        var matcher = PARTIAL_DATE.matcher(value);
        boolean valid = matcher.matches();
        if (valid) {
            try {
                int year = Integer.parseInt(matcher.group(1));
                if (matcher.group(5) != null) {
                    LocalDate.of(year, Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(5)));
                } else if (matcher.group(3) != null) {
                    YearMonth.of(year, Integer.parseInt(matcher.group(3)));
                }
            } catch (DateTimeException e) {
                valid = false;
            }
        }
        if (!valid) {
            error(field, "invalid date '" + value + "'; expected ISO 2024, 2024-05 or 2024-05-31");
            return "";
        }
        return value;
    }

    /** A full ISO date, YYYY-MM-DD. */
    public LocalDate date(String field, boolean required) {
        String value = required ? required(field) : text(field);
        if (value.isEmpty()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        error(field, "invalid date '" + value + "'; expected YYYY-MM-DD");
        return null;
    }


    /** The record's source, confidence and note. */
    public Provenance provenance() {
        List<String> sourceIds = new ArrayList<>();
        if (required("source").isEmpty()) {
            return null;
        }
        sourceIds.addAll(idList("source"));
        String confidenceText = text("confidence");
        Confidence confidence = Confidence.REPORTED;
        if (!confidenceText.isEmpty()) {
            confidence = enumValue("confidence", Confidence.class, false);
        }
        return confidence == null ? null : new Provenance(sourceIds, confidence, text("note"));
    }

    private static String describe(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + " " + node;
    }
}
