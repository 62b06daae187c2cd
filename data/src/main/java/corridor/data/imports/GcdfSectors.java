package corridor.data.imports;

import java.util.Map;

/**
 * The OECD Creditor Reporting System sector codes (three digits, the level AidData's GCDF 3.0 records
 * in {@code Sector Code}) and the Corridor sector each is filed under. Codes that have no Corridor
 * sector of their own, and codes not in this table (a later GCDF release may add some), are filed
 * under {@code other}; the note then names the code and AidData's sector name, so nothing is lost.
 * Stateless and thread-safe.
 */
final class GcdfSectors {

    /** Corridor sector of the codes that have one; every other code is {@code other}. */
    private static final Map<String, String> SECTORS = Map.ofEntries(
            Map.entry("110", "social"), Map.entry("120", "social"), Map.entry("130", "social"),
            Map.entry("140", "social"), Map.entry("150", "social"), Map.entry("160", "social"),
            Map.entry("210", "transport"), Map.entry("230", "energy"), Map.entry("310", "agriculture"),
            Map.entry("320", "industry_sez"));

    /** The CRS names of the three-digit codes, for the note when AidData's own name is empty. */
    private static final Map<String, String> CRS_NAMES = Map.ofEntries(
            Map.entry("110", "Education"), Map.entry("120", "Health"),
            Map.entry("130", "Population policies/programmes and reproductive health"),
            Map.entry("140", "Water supply and sanitation"), Map.entry("150", "Government and civil society"),
            Map.entry("160", "Other social infrastructure and services"), Map.entry("210", "Transport and storage"),
            Map.entry("220", "Communications"), Map.entry("230", "Energy"),
            Map.entry("240", "Banking and financial services"), Map.entry("250", "Business and other services"),
            Map.entry("310", "Agriculture, forestry, fishing"), Map.entry("320", "Industry, mining, construction"),
            Map.entry("330", "Trade policies and regulations"), Map.entry("410", "General environment protection"),
            Map.entry("430", "Other multisector"), Map.entry("510", "General budget support"),
            Map.entry("520", "Developmental food aid/food security assistance"),
            Map.entry("530", "Other commodity assistance"), Map.entry("600", "Action relating to debt"),
            Map.entry("700", "Humanitarian aid"), Map.entry("720", "Emergency response"),
            Map.entry("730", "Reconstruction relief and rehabilitation"), Map.entry("740", "Disaster prevention and preparedness"),
            Map.entry("910", "Administrative costs of donors"), Map.entry("920", "Support to non-governmental organisations"),
            Map.entry("930", "Refugees in donor countries"), Map.entry("998", "Unallocated/unspecified"));

    private GcdfSectors() {
    }

    /** The Corridor sector of a CRS code: one of the mapped ones, else {@code other}; never null. */
    static String sector(String code) {
        return SECTORS.getOrDefault(code == null ? "" : code.strip(), "other");
    }

    /** The code and its name for the note, saying where a code was filed when that is not obvious. */
    static String describe(String code, String aidDataName) {
        String name = aidDataName == null || aidDataName.isBlank() ? CRS_NAMES.getOrDefault(code, "") : aidDataName;
        String text = (code.isEmpty() ? "(no code)" : code) + (name.isEmpty() ? "" : " " + name);
        String sector = sector(code);
        if (sector.equals("other")) {
            return text + (CRS_NAMES.containsKey(code) ? " (no Corridor sector of its own, filed as other)"
                    : " (a code outside the OECD CRS list, filed as other)");
        }
        if (code.equals("320")) {
            return text + " (industry, mining and construction, filed as industry_sez)";
        }
        return text;
    }
}
