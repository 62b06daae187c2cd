package corridor.data.validate;

import corridor.data.load.LeftOutRecords;
import corridor.data.load.RecordLocations;
import corridor.model.Dataset;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The rules of a dataset that look across records and files, run in one order: ids unique
 * ({@link UniqueIds}), sources cited and resolving ({@link SourceRules}), links
 * ({@link LinkRules}), projects ({@link ProjectRules}), indicators ({@link IndicatorRules}),
 * incidents ({@link IncidentRules}), corridor sections ({@link SectionRules}) and vehicles and
 * access rules ({@link AccessRules}), border crossings' truck rules ({@link BorderRules}). Stateless;
 * thread-safe.
 */
public final class CrossFileRules {

    private CrossFileRules() {
    }

    /**
     * The latest calendar day anywhere on Earth (UTC+14): no source can be published later, and a
     * source dated today in any time zone is not refused.
     */
    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Etc/GMT-14"));
    }

    /**
     * What the rules find in {@code dataset}.
     *
     * @param locations where its records were read from
     * @param leftOut   the records the reader left out for their own errors (a reference to one is a knock-on)
     * @param today     the day of validation ({@link #today()}): no source is dated later
     */
    public static Findings check(Dataset dataset, RecordLocations locations, LeftOutRecords leftOut, LocalDate today) {
        Findings findings = new Findings(locations, leftOut);
        DatasetDate datasetDate = DatasetDate.of(dataset.sources(), today);
        UniqueIds.check(dataset, findings);
        SourceRules.check(dataset, today, findings);
        LinkRules.check(dataset, findings);
        ProjectRules.check(dataset, datasetDate, findings);
        IndicatorRules.check(dataset, datasetDate, findings);
        IncidentRules.check(dataset, datasetDate, findings);
        SectionRules.check(dataset, findings);
        AccessRules.check(dataset, findings);
        BorderRules.check(dataset, findings);
        return findings;
    }
}
