/**
 * Where pings enter: readers of CSV ({@link corridor.monitor.ingest.CsvPingReader}, and
 * {@link corridor.monitor.ingest.PingRows} for readers that split records themselves) and GPX
 * ({@link corridor.monitor.ingest.GpxPingReader}), the checks a single ping must pass
 * ({@code PingChecks}) and the rejections by reason ({@link corridor.monitor.ingest.Rejection},
 * {@link corridor.monitor.ingest.RejectReason}) they hand to a {@link corridor.monitor.ingest.PingSink};
 * the cost and cargo records a carrier provides and their CSV readers; the ping CSV the simulator
 * writes ({@link corridor.monitor.ingest.PingCsv}); zoned ISO-8601 timestamps
 * ({@link corridor.monitor.ingest.Timestamps}); and {@link corridor.monitor.ingest.MonitorSettings},
 * the thresholds of every stage, kept here at the bottom so that every later stage may read them.
 * This is the engine's reading package: it reads the {@code Reader}s and streams handed to
 * it, never files by name.
 *
 * <p>May use: {@code corridor.model}, commons-csv, StAX ({@code javax.xml.stream}).
 */
package corridor.monitor.ingest;
