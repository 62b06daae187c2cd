package corridor.evidence.claim;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How English writes the parts of the data's measure names: "exports" is also written "imports"
 * (the other side of the same flow), "jobs" also "employment" or "worked", "ree" also "rare earth"
 * or "neodymium". This is knowledge of the language, not of the data: which measures exist comes
 * from the dataset ({@link MeasureVocabulary}). A part not listed here is matched by itself and
 * its plural or singular, so a measure added to the data is read without a change here.
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

    /**
     * The words of the data's measure parts in Chinese and Urdu, beside {@link #FORMS}' English. A
     * Chinese word is written as one string ("贸易") and matched as the tokenizer splits it.
     */
    private static final Map<String, List<String>> OTHER_FORMS = Map.ofEntries(
            Map.entry("trade", List.of("贸易", "貿易", "进出口", "進出口", "贸易额", "تجارت", "تجارتی حجم",
                    "درآمدات اور برآمدات", "برآمدات اور درآمدات")),
            Map.entry("exports", List.of("出口", "进口", "输华", "برآمدات", "برآمد", "درآمدات", "درآمد")),
            Map.entry("jobs", List.of("就业", "岗位", "职位", "员工", "工人", "ملازمتیں", "ملازمتوں", "ملازمت", "روزگار",
                    "نوکریاں", "نوکریوں", "ملازمین", "کام")),
            Map.entry("direct", List.of("直接", "براہ راست", "براہِ راست")),
            Map.entry("pakistani", List.of("当地", "本地", "巴方员工", "巴基斯坦人", "مقامی", "پاکستانیوں", "پاکستانی")),
            Map.entry("investment", List.of("投资", "سرمایہ کاری")),
            Map.entry("projects", List.of("项目", "منصوبے", "منصوبوں", "منصوبہ", "پراجیکٹس", "پروجیکٹس")),
            Map.entry("completed", List.of("完工", "建成", "竣工", "商业运行", "投产", "投运", "مکمل")),
            Map.entry("cargo", List.of("货物", "货运", "货运量", "کارگو", "سامان")),
            Map.entry("vehicles", List.of("车辆", "车次", "辆次", "交通工具", "گاڑیاں", "گاڑیوں", "ٹرک", "ٹرکوں")),
            Map.entry("passengers", List.of("旅客", "人次", "出入境人员", "مسافر", "مسافروں")),
            Map.entry("border", List.of("口岸", "边境", "سرحد", "بارڈر", "سرحدی")),
            Map.entry("khunjerab", List.of("红其拉甫", "خنجراب")),
            Map.entry("length", List.of("全长", "长", "长度", "طویل", "لمبائی", "لمبی")),
            Map.entry("capacity", List.of("装机", "装机容量", "容量", "兆瓦", "صلاحیت", "گنجائش", "میگاواٹ")),
            Map.entry("cost", List.of("造价", "耗资", "总投资", "费用", "لاگت")),
            Map.entry("enterprises", List.of("企业", "公司", "کمپنیاں", "کمپنیوں")),
            Map.entry("generation", List.of("发电", "发电量", "پیداوار", "بجلی پیدا")),
            Map.entry("power", List.of("电力", "电站", "بجلی")),
            Map.entry("energy", List.of("能源", "电力", "توانائی", "بجلی")),
            Map.entry("sez", List.of("经济特区", "特区", "特别经济区", "经济区", "自由区", "اقتصادی زون", "خصوصی اقتصادی زون")),
            Map.entry("port", List.of("港", "港口", "بندرگاہ", "پورٹ")),
            Map.entry("ship", List.of("船", "船舶", "船只", "جہاز", "جہازوں")),
            Map.entry("calls", List.of("靠港", "停靠", "到港", "艘次", "لنگر انداز", "آمد")),
            Map.entry("minerals", List.of("矿产", "معدنیات")),
            Map.entry("listed", List.of("清单", "فہرست")));

    /**
     * Chinese and Urdu names of the places and works the data name in English: a sentence that writes
     * one names the English word ("瓜达尔港" names "gwadar" and "port").
     */
    static final Map<String, List<String>> NAME_FORMS = Map.ofEntries(
            Map.entry("gwadar", List.of("瓜达尔", "گوادر")),
            Map.entry("port", List.of("港", "港口", "بندرگاہ", "پورٹ")),
            Map.entry("karachi", List.of("卡拉奇", "کراچی")),
            Map.entry("qasim", List.of("卡西姆", "قاسم")),
            Map.entry("khunjerab", List.of("红其拉甫", "خنجراب")),
            Map.entry("karot", List.of("卡洛特", "کروٹ")),
            Map.entry("sahiwal", List.of("萨希瓦尔", "ساہیوال")),
            Map.entry("karakoram", List.of("喀喇昆仑", "قراقرم")),
            Map.entry("thakot", List.of("塔科特", "تھاکوٹ")),
            Map.entry("raikot", List.of("赖科特", "雷科特", "رائے کوٹ")),
            Map.entry("multan", List.of("木尔坦", "ملتان")),
            Map.entry("sukkur", List.of("苏库尔", "سکھر")),
            Map.entry("peshawar", List.of("白沙瓦", "پشاور")),
            Map.entry("lahore", List.of("拉合尔", "لاہور")),
            Map.entry("suki", List.of("苏基", "سکی")),
            Map.entry("kinari", List.of("克纳里", "کناری")),
            Map.entry("thar", List.of("塔尔", "تھر")),
            Map.entry("hub", List.of("胡布", "حب")),
            Map.entry("rashakai", List.of("拉沙卡伊", "رشکئی")),
            Map.entry("tashkurgan", List.of("塔什库尔干", "تاشقرغان")),
            Map.entry("kashgar", List.of("喀什", "کاشغر")),
            Map.entry("coal", List.of("燃煤", "煤电", "کول", "کوئلے")),
            Map.entry("orange", List.of("橙", "اورنج")),
            Map.entry("train", List.of("列车", "ٹرین")),
            Map.entry("metro", List.of("地铁", "میٹرو")),
            Map.entry("airport", List.of("机场", "ایئرپورٹ", "ائیرپورٹ")),
            Map.entry("motorway", List.of("高速公路", "موٹروے", "موٹر وے")),
            Map.entry("hydropower", List.of("水电", "پن بجلی")),
            Map.entry("east", List.of("东湾")),
            Map.entry("bay", List.of("东湾")),
            Map.entry("expressway", List.of("快速路")),
            Map.entry("free", List.of("自由区", "فری زون")),
            Map.entry("zone", List.of("自由区", "经济区", "زون")),
            Map.entry("havelian", List.of("赫韦利扬", "哈维连", "حویلیاں")),
            Map.entry("islamabad", List.of("伊斯兰堡", "اسلام آباد")));

    /**
     * Phrases that write a measure part's word without meaning the part: a corridor's "total investment"
     * (总投资, the value of the projects planned) is not the direct investment realised; a trade deficit
     * (贸易逆差, تجارتی خسارہ) is not trade. The phrase is taken
     * out of the words before the part's forms are looked for.
     */
    static final Map<String, List<String>> NOT_FORMS = Map.of(
            "investment", List.of("总投资", "投资总额", "سرمایہ کاری کی جائے گی", "سرمایہ کاری کرے گا"),
            // a trade deficit is no trade total
            "trade", List.of("贸易逆差", "逆差", "تجارتی خسارہ", "تجارتی خسارے", "تجارتی خسارے کا حجم"),
            // imports and exports together are trade, not one flow
            "exports", List.of("درآمدات اور برآمدات", "برآمدات اور درآمدات"));

    private static final Map<String, List<String>> FORMS = Map.ofEntries(
            Map.entry("trade", List.of("trade", "trading", "traded", "commerce")),
            Map.entry("exports", List.of("export", "exports", "exported", "exporting", "import", "imports",
                    "imported", "importing", "shipments", "shipped")),
            Map.entry("jobs", List.of("job", "jobs", "employment", "employed", "employ", "employs", "employing",
                    "worked", "working", "work", "workers", "workforce", "hired", "employees", "livelihoods")),
            Map.entry("direct", List.of("direct", "directly")),
            Map.entry("pakistani", List.of("pakistani", "pakistanis", "local", "locals", "nationals")),
            Map.entry("smes", List.of("sme", "smes", "small and medium", "small - and medium",
                    "small and medium - sized", "small and medium - size")),
            Map.entry("benefited", List.of("benefited", "benefitted", "benefit", "benefits", "benefiting",
                    "helped", "supported")),
            Map.entry("investment", List.of("investment", "investments", "invested", "invest", "investing", "fdi")),
            Map.entry("projects", List.of("project", "projects", "schemes")),
            Map.entry("completed", List.of("completed", "complete", "finished", "delivered", "operational")),
            Map.entry("value", List.of("value", "valued", "worth")),
            Map.entry("minerals", List.of("mineral", "minerals", "mining")),
            Map.entry("ree", List.of("ree", "rees", "rare earth", "rare earths", "rare - earth", "neodymium")),
            Map.entry("exploration", List.of("exploration", "explore", "exploring", "explored", "prospecting")),
            Map.entry("areas", List.of("area", "areas", "site", "sites", "target", "targets", "block", "blocks",
                    "zone", "zones", "locations")),
            Map.entry("border", List.of("border", "crossing", "frontier")),
            Map.entry("cargo", List.of("cargo", "freight", "goods")),
            Map.entry("vehicles", List.of("vehicle", "vehicles", "trucks", "lorries", "containers")),
            Map.entry("passengers", List.of("passenger", "passengers", "travellers", "travelers", "people")),
            Map.entry("length", List.of("length", "long", "stretch", "stretches", "spans", "spanning")),
            Map.entry("capacity", List.of("capacity", "mw", "megawatts", "megawatt", "generate", "generates",
                    "generating", "output")),
            Map.entry("cost", List.of("cost", "costs", "costing", "price", "priced", "worth", "estimated")),
            Map.entry("sez", List.of("sez", "sezs", "special economic zone", "special economic zones", "economic zone",
                    "economic zones", "industrial city", "industrial zone", "industrial estate")),
            Map.entry("units", List.of("unit", "units", "factory", "factories", "plants", "industries")),
            Map.entry("operating", List.of("operating", "operational", "operate", "operates", "functional",
                    "production", "producing", "running", "in operation")),
            Map.entry("allotted", List.of("allotted", "allocated", "allotment", "allotments")),
            Map.entry("enterprises", List.of("enterprise", "enterprises", "companies", "company", "firms")),
            Map.entry("construction", List.of("construction", "constructing", "building", "being built")),
            Map.entry("ship", List.of("ship", "ships", "vessel", "vessels")),
            Map.entry("calls", List.of("call", "calls", "called", "calling", "anchored", "berthed", "docked",
                    "arrived", "arrivals")),
            Map.entry("power", List.of("power", "electricity")),
            // the sectors of the published lists' counts (projects.listed.<sector>[.<status>])
            Map.entry("listed", List.of("list", "listed", "lists")),
            Map.entry("energy", List.of("energy", "power", "electricity")),
            Map.entry("industry_sez", List.of("sez", "sezs", "special economic zone", "special economic zones",
                    "economic zone", "economic zones")),
            Map.entry("social", List.of("social", "socio - economic", "socioeconomic", "socio economic", "livelihood")),
            Map.entry("transport", List.of("transport", "transportation", "transport infrastructure")),
            Map.entry("generation", List.of("generation", "generated", "generate", "generates", "generating",
                    "produced", "produces", "output")));

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
