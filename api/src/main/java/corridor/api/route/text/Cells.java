package corridor.api.route.text;

import java.util.List;
import java.util.Locale;

/** Cells of the routing tables: amounts that may leave out unknowns, ranges of leg numbers, cut text. */
final class Cells {

    private Cells() {
    }

    /** A rounded amount, with "+?" when unknown parts are left out. */
    static String amount(double value, boolean incomplete) {
        return String.format(Locale.ROOT, "%.0f", value) + (incomplete ? "+?" : "");
    }

    /** "1-3, 5" for [1, 2, 3, 5]. */
    static String ranges(List<Integer> numbers) {
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < numbers.size(); k++) {
            int start = numbers.get(k);
            int end = start;
            while (k + 1 < numbers.size() && numbers.get(k + 1) == end + 1) {
                end = numbers.get(++k);
            }
            text.append(text.length() == 0 ? "" : ", ").append(start).append(end > start ? "-" + end : "");
        }
        return text.toString();
    }

    /** {@code text} cut to {@code width} characters, the last an ellipsis when cut. */
    static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
