package corridor.spark;

import corridor.monitor.indicator.Aggregates;
import corridor.monitor.state.StateJson;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import scala.Function1;
import scala.Function2;
import scala.runtime.BoxedUnit;

import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The partitions' states (state JSON, {@link StateJson}) merged on the driver as their tasks end.
 * Each state is parsed on a driver thread of its own as soon as its task has ended, while later
 * tasks still run; the parsed aggregates are then merged in partition order, so the total is the
 * one a merge after {@code collect()} gives, bit for bit. A state is some hundreds of kilobytes of
 * JSON: parsed only after the last task, as after {@code collect()}, the parsing of all of them is
 * time in which no executor works (about a tenth of a second of every local run,
 * bench/README.md, "Spark").
 *
 * <p>Not thread-safe: one call at a time per caller; calls on different jobs may run at once.
 */
final class PartitionStates {

    private PartitionStates() {
    }

    /**
     * Runs the job of {@code states} and merges its states.
     *
     * @param states at most a few state JSON texts per partition (more partitions: merge them in a tree)
     * @return the merged aggregates, empty when no partition gave a state
     * @throws org.apache.spark.SparkException as Spark's job does, when a task fails
     */
    static Aggregates merge(JavaRDD<String> states, String what) {
        int partitions = states.getNumPartitions();
        AtomicReferenceArray<List<Future<Aggregates>>> parsed = new AtomicReferenceArray<>(partitions);
        ExecutorService parser = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "corridor-states");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // called on Spark's scheduler thread as each task ends: hand the parsing to our own thread
            Function2<Object, String[], BoxedUnit> arrived = (index, texts) -> {
                List<Future<Aggregates>> futures = new ArrayList<>(texts.length);
                for (String text : texts) {
                    futures.add(parser.submit(() -> parse(text, what)));
                }
                parsed.set((Integer) index, futures);
                return BoxedUnit.UNIT;
            };
            SparkContext spark = states.context();
            spark.runJob(states.rdd(), ALL, arrived, scala.reflect.ClassTag$.MODULE$.apply(String[].class));
            Aggregates total = new Aggregates();
            for (int i = 0; i < partitions; i++) {
                for (Future<Aggregates> state : parsed.get(i)) {
                    total.merge(state.get());
                }
            }
            return total;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while merging the partitions' states", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            parser.shutdownNow();
        }
    }

    /** A partition's texts as an array (a task's result, shipped to the driver). */
    private static final Function1<scala.collection.Iterator<String>, String[]> ALL = new AllTexts();

    private static final class AllTexts extends scala.runtime.AbstractFunction1<scala.collection.Iterator<String>, String[]>
            implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public String[] apply(scala.collection.Iterator<String> texts) {
            List<String> all = new ArrayList<>(1);
            while (texts.hasNext()) {
                all.add(texts.next());
            }
            return all.toArray(String[]::new);
        }
    }

    static Aggregates parse(String state, String what) {
        return StateJson.read(new StringReader(state), what);
    }
}
