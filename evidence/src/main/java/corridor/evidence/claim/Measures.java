package corridor.evidence.claim;

import java.util.Set;

/**
 * The subject and the measures the evidence engine names itself, besides those the dataset's
 * indicators hold: the corridor as a whole, and the figures of the links' and projects' layers
 * (a link's published length, a project's cost, jobs and capacity). Constants only.
 */
public final class Measures {

    /** The subject that stands for the corridor as a whole. */
    public static final String CORRIDOR = "cpec";
    /** A link's published length, in km. */
    public static final String LENGTH = "length";
    /** A project's cost, in its currency. */
    public static final String COST = "cost";
    /** A project's capacity, in MW. */
    public static final String CAPACITY = "capacity";
    /** A project's jobs, all kinds together. */
    public static final String JOBS_TOTAL = "jobs.total";
    /**
     * Measures of what a thing is rather than of what happened in a period: a length, a capacity, a
     * cost. The data date them by publication (or by the year of the money), so a claim's period
     * ("opened in 2019") does not select among them, and a change is never one of them.
     */
    public static final Set<String> TIMELESS = Set.of(LENGTH, CAPACITY, COST);

    private Measures() {
    }
}
