package corridor.evidence.text;

import java.util.Set;

/**
 * The Chinese words the {@link Tokenizer} keeps whole. Chinese is written without spaces, so a run
 * of Han characters is split into single characters, except where one of these words starts: the
 * words of the figure grammar that must be one token (currencies, units, percentages, change and
 * qualifier words). Every other word, such as a measure's ("贸易", trade) or a place's ("瓜达尔"), is a
 * run of one-character tokens and is matched as the same run written with spaces ("贸 易"), so that
 * a word of the data never has to be listed here. Immutable; thread-safe.
 */
final class CjkWords {

    /** Longest word listed, in characters. */
    static final int MAX_LENGTH = 4;

    private static final Set<String> WORDS = Set.of(
            // currencies
            "美元", "人民币", "卢比", "港元", "人民幣", "盧比",
            // units
            "公里", "兆瓦", "千瓦", "千瓦时",
            // kept whole so that its 出口 (exports) is not read as a word of its own: 进出口 is imports and exports, trade
            "进出口", "進出口", "公裡",
            // percentages
            "百分之", "百分点",
            // changes
            "同比", "环比", "增长", "增加", "增幅", "上升", "上涨", "提高", "下降", "减少", "下滑", "下跌", "降幅",
            // qualifiers
            "超过", "突破", "大约", "将近", "接近", "至少", "不到", "不足", "左右", "以上", "多达", "高达");

    private CjkWords() {
    }

    /** The length of the longest listed word starting at {@code at} of {@code text}; 1 when none does. */
    static int lengthAt(String text, int at) {
        for (int length = Math.min(MAX_LENGTH, text.length() - at); length > 1; length--) {
            if (WORDS.contains(text.substring(at, at + length))) {
                return length;
            }
        }
        return 1;
    }
}
