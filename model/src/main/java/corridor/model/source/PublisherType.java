package corridor.model.source;

/** Who published a source, so that a reader can weigh a figure by its publisher. */
public enum PublisherType {
    /** A ministry, authority, embassy, parliament or other government body. */
    GOVERNMENT,
    /** A news outlet owned or directed by a state (Xinhua, China Daily, APP, Radio Pakistan). */
    STATE_MEDIA,
    /** A multilateral institution (World Bank, ADB, UN bodies, IMF). */
    MULTILATERAL,
    /** A privately owned news outlet. */
    INDEPENDENT_MEDIA,
    /** A company, operator or contractor speaking of its own work. */
    COMPANY,
    /** A university, research institute or peer-reviewed publication. */
    ACADEMIC,
    /** A reference work or gazetteer (Wikipedia, GeoNames, Natural Earth). */
    REFERENCE,
    /** An industry association, NGO or think tank. */
    ASSOCIATION
}
