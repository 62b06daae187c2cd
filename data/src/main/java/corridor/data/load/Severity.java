package corridor.data.load;

/** How bad a {@link Problem} is. */
public enum Severity {
    /** The record is wrong and is left out; a dataset with an error cannot be used. */
    ERROR,
    /** Suspicious but usable, such as a link far longer than the straight line between its ends. */
    WARNING
}
