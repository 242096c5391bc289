package app.receipts;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executors with bounded queues: under a flood, work that cannot wait is refused at once instead of
 * piling up in memory until the process falls over.
 */
final class WorkerPools {
  private static final Logger log = LoggerFactory.getLogger(WorkerPools.class);

  private WorkerPools() {}

  /**
   * For follow-ups to work already done and answered (a confirmation DM, an App Home refresh): when
   * the queue is full the task is dropped with a warning, so that a handler is never failed after
   * the fact for a notification.
   */
  static ThreadPoolExecutor dropping(String name, int threads, int capacity, int nice) {
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

  /** For work whose caller decides what to do when there is no room: execute() throws. */
  static ThreadPoolExecutor refusing(String name, int threads, int capacity, int nice) {
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
