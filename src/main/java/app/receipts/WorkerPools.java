package app.receipts;

import app.receipts.people.People;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background pools, each with a bounded queue: under a flood, work that cannot wait is refused
 * at once instead of piling up in memory until the process falls over.
 *
 * @param worker follow-ups to work already done and answered (an App Home refresh): when its queue
 *     is full the task is dropped with a warning, so that a handler is never failed after the fact
 *     for a refresh the next one redoes
 * @param answers what a person is told after the ack about a change already committed (a button's
 *     answer, "Saved win #N" after a modal, a confirmation DM): when its queue is full the answer
 *     is sent on the request's own thread, before the ack, because a late ack is better than a
 *     change left unsaid
 * @param lookups users.info calls for {@link People}, which decides what to do when it refuses
 */
record WorkerPools(ExecutorService worker, ExecutorService answers, ExecutorService lookups) {
  private static final Logger log = LoggerFactory.getLogger(WorkerPools.class);

  static WorkerPools start(Config config) {
    int threads = config.workerThreads();
    int queue = config.workerQueue();
    int nice = config.backgroundNice();
    return new WorkerPools(
        dropping("worker", threads, queue, nice),
        answering("answer", threads, queue, nice),
        refusing("profile-lookup", People.WAITING_FOR_LOOKUPS, 10_000, nice));
  }

  List<ExecutorService> all() {
    return List.of(worker, answers, lookups);
  }

  private static ThreadPoolExecutor dropping(String name, int threads, int capacity, int nice) {
    ThreadPoolExecutor pool = pool(name, threads, capacity, nice);
    pool.setRejectedExecutionHandler(
        (task, executor) -> {
          if (!executor.isShutdown()) {
            log.warn(
                "{} queue is full ({} waiting): a background task was dropped", name, capacity);
          }
        });
    return pool;
  }

  private static ThreadPoolExecutor answering(String name, int threads, int capacity, int nice) {
    ThreadPoolExecutor pool = pool(name, threads, capacity, nice);
    pool.allowCoreThreadTimeOut(true);
    pool.setRejectedExecutionHandler(
        (task, executor) -> {
          if (!executor.isShutdown()) {
            log.warn("{} queue is full ({} waiting): answering before the ack", name, capacity);
            task.run();
          }
        });
    return pool;
  }

  /** execute() throws when there is no room: the caller decides what to do instead. */
  private static ThreadPoolExecutor refusing(String name, int threads, int capacity, int nice) {
    ThreadPoolExecutor pool = pool(name, threads, capacity, nice);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** Background threads: see {@link BackgroundThreads} for why they run at a lower priority. */
  private static ThreadPoolExecutor pool(String name, int threads, int capacity, int nice) {
    return new ThreadPoolExecutor(
        threads,
        threads,
        30,
        TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(capacity),
        new BackgroundThreads(name, nice));
  }
}
