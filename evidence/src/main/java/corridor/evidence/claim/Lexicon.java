package corridor.evidence.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How English writes the parts of the data's measure names: "exports" is also written "imports"
 * (the other side of the same flow), "jobs" also "employment" or "worked", "ree" also "rare earth"
 * or "neodymium". This is knowledge of the language, not of the data: which measures exist comes
 * from the dataset ({@link MeasureVocabulary}). A part not listed here is matched by itself and
 * its plural or singular, so a measure added to the data is read without a change here. The words
 * are listed in {@code lexicon.txt} beside this class, one line a word; the countries here.
 */
final class Lexicon {

    /** Measure parts that stand for "no qualifier" and are preferred when nothing more specific is named. */
    static final Set<String> DEFAULT_PARTS = Set.of("total");

    /** Country codes as used in directional measure parts ({@code cn_to_pk}) and the words for them. */
    static final Map<String, List<String>> COUNTRIES = Map.of(
            "cn", List.of("china", "chinese", "beijing", "prc"),
            "pk", List.of("pakistan", "pakistani", "islamabad"));

    /**
     * The countries as Chinese and Urdu write them, as regular expressions over the joined tokens
     * (one token per Han character): 中国, 中方, 华 (China, as in 对华出口), 中 (as in 中巴); 巴基斯坦, 巴方, 巴;
     * چین, چینی; پاکستان, پاکستانی, قومی (national: a Pakistani paper's own country).
     */
    static final Map<String, String> COUNTRY_PATTERNS = Map.of(
            "cn", "(?:中 国|中 方|华|中|چین|چینی)",
            "pk", "(?:巴 基 斯 坦|巴 方|巴|پاکستان|پاکستانی|قومی)");

    /** The words below, as {@code lexicon.txt} beside this class writes them. */
    private static final Map<String, Map<String, List<String>>> SECTIONS = LexiconFile.read("lexicon.txt", "forms", "other-forms",
            "name-forms", "not-forms");

    /** How English writes the measure parts: "exports" also "imports", "jobs" also "employment". */
    private static final Map<String, List<String>> FORMS = SECTIONS.get("forms");

    /**
     * The words of the data's measure parts in Chinese and Urdu, beside {@link #FORMS}' English. A
     * Chinese word is written as one string ("贸易") and matched as the tokenizer splits it.
     */
    private static final Map<String, List<String>> OTHER_FORMS = SECTIONS.get("other-forms");

    /**
     * Chinese and Urdu names of the places and works the data name in English: a sentence that writes
     * one names the English word ("瓜达尔港" names "gwadar" and "port").
     */
    static final Map<String, List<String>> NAME_FORMS = SECTIONS.get("name-forms");

    /**
     * Phrases that write a measure part's word without meaning the part: a corridor's "total investment"
     * (总投资, the value of the projects planned) is not the direct investment realised; a trade deficit
     * (贸易逆差, تجارتی خسارہ) is not trade. The phrase is taken
     * out of the words before the part's forms are looked for.
     */
    static final Map<String, List<String>> NOT_FORMS = SECTIONS.get("not-forms");

    private Lexicon() {
    }

    /**
     * The words and phrases that write a measure part, in English, Chinese and Urdu, as written:
     * match them as {@link corridor.evidence.text.Tokenizer} splits them.
     */
    static List<String> forms(String part) {
        List<String> forms = FORMS.get(part);
        if (forms == null) {
            String singular = part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
            forms = List.of(part, singular, singular + "s");
        }
        List<String> other = OTHER_FORMS.get(part);
        return other == null ? forms : java.util.stream.Stream.concat(forms.stream(), other.stream()).toList();
    }
}
