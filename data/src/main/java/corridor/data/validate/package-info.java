/**
 * The rules of a dataset that look across records and files, one class a kind of rule
 * ({@code UniqueIds}, {@code SourceRules}, {@link corridor.data.validate.LinkRules}, {@code SectionRules},
 * {@code ProjectRules}, {@code IndicatorRules}, {@code IncidentRules}; the dataset's own date and the
 * units of each measure), run by {@link corridor.data.validate.CrossFileRules} into
 * {@link corridor.data.validate.Findings}, which also gives the dataset without the records in error.
 * May use: {@code corridor.data.load}, model.
 */
package corridor.data.validate;
