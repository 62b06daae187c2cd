/**
 * What reading a dataset gives and what its stages share: {@link corridor.data.load.DatasetLoad} (the
 * dataset and its {@link corridor.data.load.Problem}s, in {@link corridor.data.load.ProblemOrder}), where
 * each record was read from ({@link corridor.data.load.RecordLocations}), the records left out for their
 * own errors ({@link corridor.data.load.LeftOutRecords}), the dataset's files
 * ({@link corridor.data.load.DatasetFiles}: names, from a directory or the classpath) and the number
 * format of messages. The lowest package of the module.
 * May use: model.
 */
package corridor.data.load;
