package corridor.model.record;

/** How the period of an indicator value is counted. */
public enum PeriodType {
    /** A calendar year, January to December. */
    CALENDAR_YEAR,
    /** Pakistan's fiscal year, July to June; FY2024 ends June 2024. */
    FISCAL_YEAR,
    /** Part of a year, such as January to September. */
    PARTIAL_YEAR,
    /** A total over several years up to a date ("over the past decade"). */
    CUMULATIVE
}
