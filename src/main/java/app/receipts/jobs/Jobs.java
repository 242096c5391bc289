package app.receipts.jobs;

import app.receipts.reminders.ReminderTask;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.logging.LogLevel;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;

/**
 * Slow work promised to a person (packets, exports) as db-scheduler one-time tasks in the database,
 * so it survives a restart, and the one Scheduler that runs every task of the app.
 *
 * <p>A job is scheduled in the transaction that records its request, so an ack that follows the
 * commit always has a job behind it. An execution whose instance died mid-run is revived by
 * db-scheduler on a live instance once its heartbeat is {@link #DEAD_AFTER} old.
 */
public final class Jobs {
  /**
   * How long an execution without a heartbeat runs on before it counts as dead: the reminder task's
   * setting, since one scheduler runs both and reminders document their guarantee by it.
   */
  public static final Duration DEAD_AFTER = ReminderTask.DEAD_AFTER;

  /**
   * How long a stopping scheduler lets a running job finish, unless {@link #start} is told
   * otherwise: db-scheduler then interrupts it and waits as long again. A job still running then is
   * left picked in the database and revived after restart.
   */
  static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

  /**
   * Task data as JSON, one for the process: an ObjectMapper is thread-safe and costly to build, and
   * a packet or export request scheduled a new one in its ack.
   */
  private static final JacksonSerializer SERIALIZER = new JacksonSerializer();

  private final List<Task<?>> tasks = new CopyOnWriteArrayList<>();
  private final Clock clock;
  private volatile Scheduler local;
  private volatile JdbcCustomization jdbc;

  /** {@code clock} says when "now" is, for scheduling and for the scheduler alike. */
  public Jobs(Clock clock) {
    this.clock = clock;
  }

  /** Makes a job task known, to the scheduler started later and to scheduling clients. */
  public void add(Task<?> task) {
    tasks.add(task);
  }

  /** The job tasks (without reminders, which their feature owns). */
  public List<Task<?>> tasks() {
    return List.copyOf(tasks);
  }

  /**
   * Schedules the job to run now in the transaction {@code handle} has open: the job exists exactly
   * when that transaction commits. False when an instance with that id is queued.
   */
  public <T> boolean schedule(Handle handle, TaskInstance<T> instance) {
    if (!handle.isInTransaction()) {
      throw new IllegalStateException("Jobs are scheduled inside the request's transaction");
    }
    HandleDataSource connection = new HandleDataSource(handle);
    JdbcCustomization vendor = jdbc;
    if (vendor == null) {
      vendor = new AutodetectJdbcCustomization(connection);
      jdbc = vendor;
    }
    SchedulerClient client =
        SchedulerClient.Builder.create(connection, tasks)
            .serializer(SERIALIZER)
            .jdbcCustomization(vendor)
            .build();
    return client.scheduleIfNotExists(instance, clock.instant());
  }

  /**
   * A client that schedules {@code task} without running it (any instance can schedule); the
   * scheduler that runs it is {@link #start}'s.
   */
  public static SchedulerClient client(DataSource dataSource, Task<?> task) {
    return SchedulerClient.Builder.create(dataSource, task).serializer(SERIALIZER).build();
  }

  /** After a commit that scheduled a job: run it now instead of at the scheduler's next poll. */
  public void wake() {
    Scheduler scheduler = local;
    if (scheduler != null) {
      scheduler.triggerCheckForDueExecutions();
    }
  }

  /**
   * Builds, starts and returns the scheduler of this instance, running {@code others} (e.g. the
   * reminder task) and every job task on threads from {@code background}; on stop it gives a
   * running job {@code shutdownWait} to finish, and as long again once interrupted.
   */
  public Scheduler start(
      DataSource dataSource,
      List<Task<?>> others,
      int threads,
      ThreadFactory background,
      Duration shutdownWait) {
    List<Task<?>> all = new ArrayList<>(others);
    all.addAll(tasks);
    Scheduler scheduler =
        scheduler(dataSource, all, threads)
            .shutdownMaxWait(shutdownWait)
            .executorService(Executors.newFixedThreadPool(threads, background))
            .build();
    scheduler.start();
    local = scheduler;
    return scheduler;
  }

  /** Runs jobs on a scheduler built elsewhere (tests drive their own). */
  public void runOn(Scheduler scheduler) {
    local = scheduler;
  }

  /**
   * Every task on one scheduler: reminders' settings (polling, immediate execution, failure
   * logging) plus a heartbeat short enough that a killed instance's job is revived within seconds,
   * and a bounded wait for running jobs on stop.
   */
  public SchedulerBuilder scheduler(DataSource dataSource, List<Task<?>> tasks, int threads) {
    return Scheduler.create(dataSource, tasks)
        .clock(clock::instant)
        .serializer(SERIALIZER)
        .threads(threads)
        .pollingInterval(Duration.ofSeconds(5))
        .enableImmediateExecution()
        .failureLogging(LogLevel.WARN, false)
        .heartbeatInterval(ReminderTask.HEARTBEAT_INTERVAL)
        .missedHeartbeatsLimit(ReminderTask.MISSED_HEARTBEATS)
        .shutdownMaxWait(SHUTDOWN_WAIT);
  }
}
