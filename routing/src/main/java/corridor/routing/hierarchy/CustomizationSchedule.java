package corridor.routing.hierarchy;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * The order in which customization may handle the ranks of a {@link CchTopology} on several
 * threads. The weights of rank x's upward edges depend only on edges below x's descendants in
 * the elimination tree (a lower triangle's bottom node is adjacent to x and below it, hence a
 * descendant), so disjoint subtrees can be customized at once: the tree is cut into subtrees of at
 * most {@code n / (8 × threads)} ranks, handed to the threads largest first, each handled in rank
 * order; the ranks above them (the top separators of the dissection) follow level by level, a
 * level's ranks being independent of each other.
 *
 * <p>Made per customization; not thread-safe itself, but {@link #run} calls the given work from
 * several threads (the common fork-join pool and the caller), never for two ranks that depend
 * on each other at the same time.
 */
final class CustomizationSchedule {

    /** Ranks by task, each task's ascending: task t's are {@code taskRanks[taskStart[t] .. taskStart[t + 1])}. */
    private final int[] taskStart;
    private final int[] taskRanks;
    /** The tasks, largest first. */
    private final int[] taskOrder;
    /** The ranks above the tasks by level: level l's are {@code topRanks[levelStart[l] .. levelStart[l + 1])}. */
    private final int[] levelStart;
    private final int[] topRanks;
    private final int threads;
    /** The topology's downward lists ({@link CchTopology#downLists}), for the work to read. */
    final int[] downStart;
    final int[] downLow;

    CustomizationSchedule(CchTopology topology, int threads) {
        this(topology, threads, Math.max(1024, topology.nodeCount() / (8 * Math.max(1, threads))));
    }

    /** @param limit the most ranks a task's subtree holds */
    CustomizationSchedule(CchTopology topology, int threads, int limit) {
        this.threads = Math.max(1, threads);
        int n = topology.nodeCount();
        int[][] down = topology.downLists();
        downStart = down[0];
        downLow = down[1];
        int[] size = new int[n];
        for (int x = 0; x < n; x++) {
            size[x]++;
            int p = topology.parent(x);
            if (p >= 0) {
                size[p] += size[x];
            }
        }
        // task of each rank, from the top down: a subtree's root starts one, its ranks inherit it
        int[] task = size; // reused: size is read only for a rank and its parent, parents first
        int tasks = 0;
        int top = 0;
        for (int x = n - 1; x >= 0; x--) {
            int p = topology.parent(x);
            if (size[x] > limit) {
                task[x] = -1;
                top++;
            } else if (p < 0 || task[p] < 0) {
                task[x] = tasks++;
            } else {
                task[x] = task[p];
            }
        }
        taskStart = new int[tasks + 1];
        int[] topList = new int[top];
        for (int x = 0, k = 0; x < n; x++) {
            if (task[x] >= 0) {
                taskStart[task[x] + 1]++;
            } else {
                topList[k++] = x;
            }
        }
        for (int t = 0; t < tasks; t++) {
            taskStart[t + 1] += taskStart[t];
        }
        taskRanks = new int[n - top];
        int[] fill = Arrays.copyOf(taskStart, tasks);
        for (int x = 0; x < n; x++) {
            if (task[x] >= 0) {
                taskRanks[fill[task[x]]++] = x;
            }
        }
        taskOrder = IntStream.range(0, tasks).boxed()
                .sorted((a, b) -> Integer.compare(taskStart[b + 1] - taskStart[b], taskStart[a + 1] - taskStart[a]))
                .mapToInt(Integer::intValue).toArray();
        // levels above the tasks: one more than the highest level among a rank's children in the top
        int[] level = new int[top];
        int[] indexOf = new int[n];
        int levels = 0;
        for (int i = 0; i < top; i++) {
            indexOf[topList[i]] = i;
        }
        for (int i = 0; i < top; i++) {
            levels = Math.max(levels, level[i] + 1);
            int p = topology.parent(topList[i]);
            if (p >= 0) {
                level[indexOf[p]] = Math.max(level[indexOf[p]], level[i] + 1);
            }
        }
        levelStart = new int[levels + 1];
        for (int l : level) {
            levelStart[l + 1]++;
        }
        for (int l = 0; l < levels; l++) {
            levelStart[l + 1] += levelStart[l];
        }
        topRanks = new int[top];
        int[] next = Arrays.copyOf(levelStart, levels);
        for (int i = 0; i < top; i++) {
            topRanks[next[level[i]]++] = topList[i];
        }
    }

    /** Work on one rank with a thread's own scratch array of {@code n} ints. */
    interface RankWork {
        void handle(int rank, int[] scratch);
    }

    /** Calls {@code work} once for every rank, each after all ranks it depends on. */
    void run(int n, RankWork work) {
        int tasks = taskOrder.length;
        AtomicInteger nextTask = new AtomicInteger();
        int[][] scratch = new int[threads][];
        inParallel(Math.min(threads, tasks), lane -> {
            int[] own = scratch[lane] = new int[n];
            for (int t = nextTask.getAndIncrement(); t < tasks; t = nextTask.getAndIncrement()) {
                int task = taskOrder[t];
                for (int i = taskStart[task]; i < taskStart[task + 1]; i++) {
                    work.handle(taskRanks[i], own);
                }
            }
        });
        int[] mine = scratch[0] != null ? scratch[0] : new int[n];
        for (int l = 0; l + 1 < levelStart.length; l++) {
            int from = levelStart[l];
            int to = levelStart[l + 1];
            if (to - from == 1 || threads == 1) {
                for (int i = from; i < to; i++) {
                    work.handle(topRanks[i], mine);
                }
                continue;
            }
            AtomicInteger next = new AtomicInteger(from);
            inParallel(Math.min(threads, to - from), lane -> {
                int[] own = lane == 0 ? mine : scratch[lane] != null ? scratch[lane] : (scratch[lane] = new int[n]);
                for (int i = next.getAndIncrement(); i < to; i = next.getAndIncrement()) {
                    work.handle(topRanks[i], own);
                }
            });
        }
    }

    /** Runs {@code lane} for 0 .. lanes-1 at once (the caller's thread is one of them). */
    private static void inParallel(int lanes, IntConsumer lane) {
        if (lanes <= 1) {
            lane.accept(0);
            return;
        }
        IntStream.range(0, lanes).parallel().forEach(lane);
    }
}
