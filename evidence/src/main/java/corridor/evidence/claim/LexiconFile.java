package corridor.evidence.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads word lists such as {@code lexicon.txt}: sections that start with {@code [name]}, then one
 * line a word, {@code word: form | form | ...}; blank lines and lines starting with {@code #} are
 * passed over. The file ships in the jar, so a malformed one is a bug: it fails the class's loading
 * with the line at fault. Stateless; thread-safe.
 */
final class LexiconFile {

    private LexiconFile() {
    }

    /**
     * The sections of the resource {@code name} beside this class, each word with its forms as written.
     *
     * @throws IllegalStateException when a line is malformed, a word or section is repeated, or one of
     *                               {@code required} is missing
     */
    static Map<String, Map<String, List<String>>> read(String name, String... required) {
        try (InputStream in = Objects.requireNonNull(LexiconFile.class.getResourceAsStream(name), name);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, Map<String, List<String>>> sections = parse(reader.lines().toList(), name);
            for (String section : required) {
                if (!sections.containsKey(section)) {
                    throw new IllegalStateException(name + ": no section [" + section + "]");
                }
            }
            return sections;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the jar", e);
        }
    }

    /** The sections of {@code lines} ({@code where} names them in errors), in their order. */
    static Map<String, Map<String, List<String>>> parse(List<String> lines, String where) {
        Map<String, Map<String, List<String>>> sections = new LinkedHashMap<>();
        Map<String, List<String>> section = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String at = where + " line " + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = new LinkedHashMap<>();
                if (sections.put(line.substring(1, line.length() - 1), section) != null) {
                    throw new IllegalStateException(at + ": section " + line + " again");
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (section == null || colon <= 0) {
                throw new IllegalStateException(at + ": expected [section] or 'word: form | form', got '" + line + "'");
            }
            String word = line.substring(0, colon).strip();
            List<String> forms = Arrays.stream(line.substring(colon + 1).split("\\|")).map(String::strip).toList();
            if (forms.contains("")) {
                throw new IllegalStateException(at + ": an empty form of '" + word + "'");
            }
            if (section.put(word, forms) != null) {
                throw new IllegalStateException(at + ": '" + word + "' again in its section");
            }
        }
        Map<String, Map<String, List<String>>> copies = new LinkedHashMap<>();
        sections.forEach((name, words) -> copies.put(name, Map.copyOf(words)));
        return Map.copyOf(copies);
    }
}
