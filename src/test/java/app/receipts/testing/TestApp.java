package app.receipts.testing;

import app.receipts.Config;
import app.receipts.Main;
import app.receipts.Running;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The real bot on a free port with a fresh SQLite file, talking to a {@link FakeSlack}. Use with
 * try-with-resources or close in @AfterEach.
 */
public final class TestApp implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-06-15T14:00:00Z");

  public final FakeSlack slack;
  public final MutableClock clock;
  public final Path dataDir;
  public final Running running;
  public final SignedClient client;
  private final boolean ownsSlack;
  private final Scheduler jobRunner;
  private boolean closed;

  private static final Duration IDLE_WAIT = Duration.ofSeconds(30);

  private TestApp(
      FakeSlack slack,
      boolean ownsSlack,
      MutableClock clock,
      Path dataDir,
      Map<String, String> env) {
    this.slack = slack;
    this.ownsSlack = ownsSlack;
    this.clock = clock;
    this.dataDir = dataDir;
    this.running = Main.start(Config.fromEnv(env), clock);
    this.client = new SignedClient(running.port(), slack);
    this.jobRunner = "0".equals(env.get("SCHEDULER_THREADS")) ? runJobs(running) : null;
  }

  /**
   * With the app's own scheduler off (reminders are driven by hand, see {@link ReminderClock}),
   * packets and exports still run as in production: on a scheduler with the app's settings and
   * clock that knows only the job tasks. It must not delete the reminder executions it cannot run.
   */
  private static Scheduler runJobs(Running running) {
    Scheduler jobs =
        running
            .jobs()
            .scheduler(running.database().dataSource(), running.jobs().tasks(), 2)
            .deleteUnresolvedAfter(Duration.ofDays(365 * 100))
            .build();
    jobs.start();
    running.jobs().runOn(jobs);
    return jobs;
  }

  public static TestApp start() {
    return start(Map.of());
  }

  /** Starts with extra environment on top of the test defaults. */
  public static TestApp start(Map<String, String> extraEnv) {
    FakeSlack slack = new FakeSlack();
    Path dir = tempDir();
    Map<String, String> env = env(slack, dir, extraEnv);
    if (!extraEnv.containsKey("DATABASE_URL")) {
      SchemaTemplate.copyTo(dir.resolve("receipts.db"));
    }
    return new TestApp(slack, true, new MutableClock(START), dir, env);
  }

  /**
   * Another instance of the bot talking to a Slack that the caller owns and closes, as several
   * instances behind one load balancer do. Give every instance the same DATABASE_URL.
   */
  public static TestApp startSharing(FakeSlack slack, Map<String, String> extraEnv) {
    Path dir = tempDir();
    return new TestApp(slack, false, new MutableClock(START), dir, env(slack, dir, extraEnv));
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("receipts-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts on an existing data folder, e.g. to check what survived a crash of another run. */
  public static TestApp startOn(FakeSlack slack, Path dir, Map<String, String> extraEnv) {
    return new TestApp(slack, false, new MutableClock(START), dir, env(slack, dir, extraEnv));
  }

  public static Map<String, String> env(FakeSlack slack, Path dir, Map<String, String> extraEnv) {
    Map<String, String> env = new HashMap<>();
    env.put("SLACK_BOT_TOKEN", "xoxb-test-token");
    env.put("SLACK_SIGNING_SECRET", SignedClient.SECRET);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("DATABASE_URL", "jdbc:sqlite:" + dir.resolve("receipts.db"));
    env.put("PORT", "0");
    // tests drive reminders with a scheduler of their own (see ReminderTestScheduler)
    env.put("SCHEDULER_THREADS", "0");
    // each background thread renices itself with a child process; hundreds of test bots doing so
    // cost the suite about 900 process starts, and BackgroundThreadsTest proves the renice itself
    env.put("BACKGROUND_NICE", "0");
    env.putAll(extraEnv);
    return env;
  }

  /**
   * Waits for the bot's background work to finish: the worker pools (profile lookups, DMs, Home
   * refreshes) and, when this app runs its jobs, every packet or export that is running or due now.
   * After it returns, what the bot has not done it will not do without a new request or a move of
   * the clock, so a test can assert that something did not happen.
   */
  public void awaitIdle() {
    long deadline = System.nanoTime() + IDLE_WAIT.toNanos();
    // jobs hand work to the pools and the pools schedule jobs: idle is both, with neither between
    while (!(jobsIdle() && running.awaitIdle(left(deadline)) && jobsIdle())) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "the bot's workers or jobs were still busy after " + IDLE_WAIT + ": " + busyJobs());
      }
      LockSupport.parkNanos(1_000_000L);
    }
  }

  private static Duration left(long deadline) {
    return Duration.ofNanos(Math.max(1_000_000L, deadline - System.nanoTime()));
  }

  private boolean jobsIdle() {
    return busyJobs().isEmpty();
  }

  /** The job executions (not reminders, which tests run by hand) running or due now. */
  private List<String> busyJobs() {
    if (jobRunner == null) {
      return List.of();
    }
    Set<String> jobTasks =
        running.jobs().tasks().stream().map(Task::getName).collect(Collectors.toSet());
    Instant now = clock.instant();
    return jobRunner.getScheduledExecutions(ScheduledExecutionsFilter.all()).stream()
        .filter(e -> jobTasks.contains(e.getTaskInstance().getTaskName()))
        .filter(e -> e.isPicked() || !e.getExecutionTime().isAfter(now))
        .map(e -> e.getTaskInstance().getTaskName() + "/" + e.getTaskInstance().getId())
        .toList();
  }

  /**
   * Whether no matching Slack call was made, asked once all background work is done ({@link
   * #awaitIdle}): a negative proven after the work, not after a wait that slow work outlasts.
   */
  public boolean neverCalled(String method, Predicate<FakeSlack.Call> matching) {
    awaitIdle();
    return slack.calls(method).stream().noneMatch(matching);
  }

  public Jdbi jdbi() {
    return running.database().jdbi();
  }

  /**
   * Clicks {@code button} (of a message the bot sent) as {@code userId} in C0GENERAL, checks the
   * click was acked, and returns the answer posted to the click's response_url.
   */
  public FakeSlack.Call press(String userId, JsonNode button, String hook) {
    int mark = slack.mark();
    HttpResponse<String> ack =
        client.interactive(
            Payloads.blockAction(
                userId,
                button.path("action_id").asText(),
                button.path("value").asText(),
                "C0GENERAL",
                slack.responseUrl(hook)));
    if (ack.statusCode() != 200) {
      throw new AssertionError(
          "the click was not acked: HTTP " + ack.statusCode() + " " + ack.body());
    }
    return slack.awaitSince(mark, "response_url", c -> true, Duration.ofSeconds(10));
  }

  /** The id of the entry stored last for {@code userId}, in any workspace. */
  public long lastEntryId(String userId) {
    return jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT MAX(id) FROM entries WHERE user_id = ?")
                    .bind(0, userId)
                    .mapTo(Long.class)
                    .one());
  }

  public int count(String sql, Object... args) {
    return jdbi()
        .withHandle(
            handle -> {
              var query = handle.createQuery(sql);
              for (int i = 0; i < args.length; i++) {
                query.bind(i, args[i]);
              }
              return query.mapTo(Integer.class).one();
            });
  }

  /**
   * Stops the instance after its running background work (packets, exports, DMs) has finished;
   * idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (jobRunner != null) {
      jobRunner.stop();
    }
    running.close();
    if (ownsSlack) {
      slack.close();
    }
    // every test checks what the bot sent against Slack's rules, whatever it asserts itself
    slack.assertNoBreaches();
  }
}
