package corridor.evidence.text;

/**
 * Traditional Chinese characters read as their simplified forms, so that an article written in
 * traditional characters (Hong Kong, Taiwan, the big5 editions of Xinhua and gov.cn) is read by the
 * same grammar and lexicon: "億美元" is "亿美元", "就業崗位" is "就业岗位". One character for one, so
 * offsets are kept. The table holds the characters of the figure grammar, the periods and the
 * lexicon's words, not the whole script. Stateless and thread-safe.
 */
public final class HanVariants {

    /** Traditional characters, each followed in {@link #SIMPLIFIED} by its simplified form at the same index. */
    private static final String TRADITIONAL =
            "億萬兩與為進貿經濟發電總裝機個項額資業崗區場車輛貨噸達華國際長產設計線網來較約幣盧門關報實現們過還對這時間"
            + "數據顯統將從後開啟動運營廠務戶輸氣擴條鐵路橋隧場員斯蘭寫專號標準規劃預建築設備東灣島億內陸區縣鎮屆"
            + "億種價費積總領導議協會議歲職務勞險倉碼頭擁雙邊並產權礦廠灣鐵營際獲歷貸償債慶參觀屬隨應積壓"
            + "爾薩侖紅庫蘇裡佔廣羅賽倫傑蓋嶺紀納喬穩漲減亞歐遠換臺監測幹統計補錄單位們";
    private static final String SIMPLIFIED =
            "亿万两与为进贸经济发电总装机个项额资业岗区场车辆货吨达华国际长产设计线网来较约币卢门关报实现们过还对这时间"
            + "数据显统将从后开启动运营厂务户输气扩条铁路桥隧场员斯兰写专号标准规划预建筑设备东湾岛亿内陆区县镇届"
            + "亿种价费积总领导议协会议岁职务劳险仓码头拥双边并产权矿厂湾铁营际获历贷偿债庆参观属随应积压"
            + "尔萨仑红库苏里占广罗赛伦杰盖岭纪纳乔稳涨减亚欧远换台监测干统计补录单位们";

    private HanVariants() {
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char simplified(char c) {
        int at = TRADITIONAL.indexOf(c);
        return at < 0 ? c : SIMPLIFIED.charAt(at);
    }

    /** {@code text} with every listed traditional character simplified; the same length. */
    public static String simplified(String text) {
        StringBuilder out = null;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            // below U+2E80 no character is Han; the test keeps English text from the script lookup
            char s = c >= '\u2e80' && Tokenizer.isHan(c) ? simplified(c) : c;
            if (s != c && out == null) {
                out = new StringBuilder(text);
            }
            if (out != null) {
                out.setCharAt(k, s);
            }
        }
        return out == null ? text : out.toString();
    }
}
