package corridor.monitor.ingest;

/** Receives pings as a reader produces them: each is either accepted or rejected with a reason. */
public interface PingSink {

    /** A ping that parsed and passed the per-ping checks. */
    void accept(Ping ping);

    /** A ping that failed a rule. */
    void reject(Rejection rejection);
}
