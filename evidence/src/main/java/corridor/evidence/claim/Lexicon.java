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

    /** The words and phrases (tokens joined by spaces) that write a measure part. */
    static List<String> forms(String part) {
        List<String> forms = FORMS.get(part);
        if (forms != null) {
            return forms;
        }
        String singular = part.endsWith("s") ? part.substring(0, part.length() - 1) : part;
        return List.of(part, singular, singular + "s");
    }
}
