package app.receipts.store;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteException;

/**
 * Whether Receipts can store a win right now, known without asking the database on the caller's
 * thread: a probe commits a one-row write every second in the background, and the database file is
 * checked for deletion, replacement and a full disk. {@code /healthz} only reads the cached
 * verdict, so it answers at once even when the database is stuck, and while the verdict is bad
 * every write waits only briefly for SQLite's lock ({@link WriterBusyTimeout}).
 */
public final class StorageHealth implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(StorageHealth.class);

  static final Duration EVERY = Duration.ofSeconds(1);

  /** A probe running longer than this means writes are stuck (a lock held elsewhere, a stall). */
  static final Duration WRITE_TIMEOUT = Duration.ofSeconds(2);

  private static final String PROBE =
      "INSERT INTO health_probe (id, checked_at) VALUES (1, :at)"
          + " ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at";

  private final Jdbi jdbi;
  private final Optional<SqliteFile> file;
  private final Object fileKey;
  private final ScheduledExecutorService timer;
  private volatile String problem;
  private volatile String fileProblem;
  private volatile long probeStartedNanos;
  private volatile boolean closed;

  private StorageHealth(Jdbi jdbi, Optional<SqliteFile> file) {
    this.jdbi = jdbi;
    this.file = file;
    this.fileKey = file.map(SqliteFile::fileKey).orElse(null);
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "storage-health");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Checks once now, then every second in the background. */
  static StorageHealth start(Database database, Optional<SqliteFile> file) {
    StorageHealth health = new StorageHealth(database.jdbi(), file);
    health.check();
    long every = EVERY.toMillis();
    health.timer.scheduleWithFixedDelay(health::checkQuietly, every, every, TimeUnit.MILLISECONDS);
    return health;
  }

  /** Why a win cannot be stored now, or empty when the last probe committed. Never blocks. */
  public Optional<String> problem() {
    if (closed) {
      return Optional.of("Receipts is stopping");
    }
    if (fileProblem != null) {
      return Optional.of(fileProblem);
    }
    long started = probeStartedNanos;
    if (started != 0) {
      long waited = System.nanoTime() - started;
      if (waited > WRITE_TIMEOUT.toNanos()) {
        return Optional.of(
            "a test write has not finished after "
                + TimeUnit.NANOSECONDS.toSeconds(waited)
                + " s: the database is locked by another process or its disk is stalled");
      }
    }
    return Optional.ofNullable(problem);
  }

  /** True when a win can be stored: what the capture path asks before it promises "Saved". */
  public boolean writable() {
    return problem().isEmpty();
  }

  private void checkQuietly() {
    try {
      check();
    } catch (RuntimeException e) {
      // a thrown exception would cancel the schedule and freeze the verdict
      problem = "the storage check failed: " + e;
    }
  }

  void check() {
    if (fileProblem == null) {
      file.flatMap(f -> f.replacedOrDeleted(fileKey)).ifPresent(this::fileLost);
    }
    if (fileProblem != null) {
      return;
    }
    String next = file.flatMap(SqliteFile::diskFull).orElseGet(() -> writeProblem().orElse(null));
    if (!Objects.equals(next, problem)) {
      if (next == null) {
        log.info("Storage works again: a test write committed");
      } else {
        log.error("Receipts cannot store wins: {}", next);
      }
    }
    problem = next;
  }

  private Optional<String> writeProblem() {
    probeStartedNanos = Math.max(1, System.nanoTime());
    try {
      jdbi.useHandle(
          handle -> {
            // a lock held elsewhere is found within WHILE_FAILING_MILLIS, and the probe never
            // keeps the writer's one connection from the requests queued behind it for long
            WriterBusyTimeout.set(handle, WriterBusyTimeout.WHILE_FAILING_MILLIS);
            handle.createUpdate(PROBE).bind("at", System.currentTimeMillis()).execute();
          });
      return Optional.empty();
    } catch (RuntimeException | SQLException e) {
      if (lockedElsewhere(e)) {
        return Optional.of(
            "a test write failed: the database is locked by another process ("
                + rootMessage(e)
                + ")");
      }
      return Optional.of("a test write failed (" + rootMessage(e) + ")");
    } finally {
      probeStartedNanos = 0;
    }
  }

  /**
   * The open connections still write to the unlinked or replaced file, where nothing survives a
   * restart: refuse writes at SQLite's level, so that no feature can acknowledge one.
   */
  private void fileLost(String why) {
    fileProblem = why;
    log.error("Receipts cannot store wins: {}", why);
    try {
      jdbi.useHandle(handle -> handle.execute("PRAGMA query_only = 1"));
    } catch (RuntimeException e) {
      log.warn("Could not switch the database to read-only: {}", rootMessage(e));
    }
  }

  private static boolean lockedElsewhere(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite
          && sqlite.getResultCode().name().startsWith("SQLITE_BUSY")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
