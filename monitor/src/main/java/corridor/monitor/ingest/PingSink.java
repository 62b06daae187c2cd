package corridor.monitor.ingest;

/** Receives pings as a reader produces them: each is either accepted or rejected with a reason. */
public interface PingSink {

    /** A ping that parsed and passed the per-ping checks. */
    void accept(Ping ping);

    /** A ping that failed a rule. */
    void reject(Rejection rejection);

    /**
     * {@code sink}, with {@code afterEach} run after it is given each ping, accepted or rejected: for
     * progress reports and samples taken as the input goes by. Thread-safe as {@code sink} and
     * {@code afterEach} are.
     */
    static PingSink each(PingSink sink, Runnable afterEach) {
        return new PingSink() {
            @Override
            public void accept(Ping ping) {
                sink.accept(ping);
                afterEach.run();
            }

            @Override
            public void reject(Rejection rejection) {
                sink.reject(rejection);
                afterEach.run();
            }
        };
    }
}
