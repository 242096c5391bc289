package app.receipts.entries;

import app.receipts.rules.Metric;
import app.receipts.store.Database;
import app.receipts.store.Vendor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteException;

/**
 * Group commit for new entries: captures that arrive together are written in one transaction, so a
 * burst of /win costs one commit (and one connection checkout) instead of one per win. Whoever
 * takes the writer lock writes everything queued so far, its own row included, and wakes the
 * callers it wrote for all at once (they wait parked, not in line for the lock); each caller
 * returns only once its own row is committed, so an acked win is a stored win.
 */
final class GroupCommit {
  private static final int MAX_BATCH = 256;
  private static final long MAX_PARK_NANOS = 5_000_000L;

  /** {@link EntryDao#INSERT_COLUMNS} bound by position, returning the new id. */
  private static final String INSERT =
      "INSERT INTO entries ("
          + EntryDao.INSERT_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

  private final Jdbi jdbi;
  private final boolean sqlite;
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writer = new ReentrantLock();

  GroupCommit(Database database) {
    this.jdbi = database.jdbi();
    this.sqlite = database.vendor() == Vendor.SQLITE;
  }

  /** Stores the entry and returns its id once committed; throws what storing it threw. */
  long insert(Entry entry, String captureKey) {
    return insert(entry, List.of(), captureKey);
  }

  /** The same, with the entry's metrics as rows, committed with it in the same transaction. */
  long insert(Entry entry, List<Metric> metrics, String captureKey) {
    Pending mine = new Pending(entry, metrics, captureKey, Thread.currentThread());
    queue.add(mine);
    while (!mine.done) {
      if (writer.tryLock()) {
        try {
          while (!mine.done) {
            writeBatch();
          }
        } finally {
          writer.unlock();
        }
        // rows queued while this batch was written: their callers are parked, so wake the first
        // to lead (it was queued before the unlock, so this check after it cannot miss it)
        Pending next = queue.peek();
        if (next != null) {
          LockSupport.unpark(next.caller);
        }
      } else {
        // the leader wakes us when our row is committed, or to lead; the timeout is a safety net
        LockSupport.parkNanos(this, MAX_PARK_NANOS);
      }
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.id;
  }

  private void writeBatch() {
    List<Pending> batch = new ArrayList<>();
    for (Pending next = queue.poll(); next != null; next = queue.poll()) {
      batch.add(next);
      if (batch.size() == MAX_BATCH) {
        break;
      }
    }
    try {
      List<Long> ids = commit(batch);
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).succeed(ids.get(i));
      }
    } catch (RuntimeException batchFailed) {
      if (!refusedARow(batchFailed)) {
        // the database itself failed (full disk, I/O error, locked): the rows alone would fail
        // the same way, each after its own wait
        batch.forEach(pending -> pending.fail(batchFailed));
        return;
      }
      // one row that cannot go in (a retried capture key, say) must not fail the others with it;
      // each goes alone, still in a transaction of its own: in auto-commit sqlite-jdbc hands back
      // the RETURNING id even when the commit behind it fails (a full disk), so only an explicit
      // COMMIT that returned tells us the row is stored
      for (Pending pending : batch) {
        try {
          pending.succeed(commit(List.of(pending)).get(0));
        } catch (RuntimeException failure) {
          pending.fail(failure);
        }
      }
    }
  }

  /** Inserts the rows in one transaction; returns their ids only once COMMIT has returned. */
  private List<Long> commit(List<Pending> rows) {
    return sqlite
        ? jdbi.withHandle(handle -> inSqliteTransaction(handle.getConnection(), rows))
        : jdbi.inTransaction(handle -> insertAll(handle.getConnection(), rows));
  }

  /** A constraint refused one of the rows, as opposed to the database failing as a whole. */
  private static boolean refusedARow(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite
          && sqlite.getResultCode().name().startsWith("SQLITE_CONSTRAINT")) {
        return true;
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  /**
   * BEGIN IMMEDIATE, the inserts and COMMIT as plain statements on a connection left in
   * auto-commit. Through JDBC's setAutoCommit(false) and commit(), sqlite-jdbc opens the next
   * (empty) write transaction right after each commit, only to end it when auto-commit comes back:
   * four more file lock calls a batch, each a system call.
   */
  private static List<Long> inSqliteTransaction(Connection connection, List<Pending> batch) {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        List<Long> ids = insertAll(connection, batch);
        statement.execute("COMMIT");
        return ids;
      } catch (SQLException | RuntimeException failed) {
        rollback(statement, failed);
        throw failed;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The batch's transaction failed: " + e.getMessage(), e);
    }
  }

  /** SQLite may have rolled back already (an I/O error does); then ROLLBACK has nothing to do. */
  private static void rollback(Statement statement, Exception cause) {
    try {
      statement.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /**
   * The insert in plain JDBC: on the capture path Jdbi's binding costs more than the insert. The
   * values follow {@link EntryDao#INSERT_COLUMNS}; the metric rows go in one batch after them.
   */
  private static List<Long> insertAll(Connection connection, List<Pending> batch) {
    List<Long> ids = new ArrayList<>(batch.size());
    boolean anyMetrics = false;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Pending pending : batch) {
        bind(insert, pending);
        try (ResultSet id = insert.executeQuery()) {
          id.next();
          ids.add(id.getLong(1));
        }
        anyMetrics |= !pending.metrics.isEmpty();
      }
      if (anyMetrics) {
        insertMetrics(connection, batch, ids);
      }
    } catch (SQLException e) {
      throw new InsertFailedException(e);
    }
    return ids;
  }

  private static void insertMetrics(Connection connection, List<Pending> batch, List<Long> ids)
      throws SQLException {
    try (PreparedStatement rows = connection.prepareStatement(MetricRows.INSERT)) {
      for (int i = 0; i < batch.size(); i++) {
        Pending pending = batch.get(i);
        MetricRows.add(rows, pending.entry.teamId(), ids.get(i), pending.metrics);
      }
      rows.executeBatch();
    }
  }

  private static void bind(PreparedStatement insert, Pending pending) throws SQLException {
    Entry e = pending.entry;
    int i = 0;
    insert.setString(++i, e.teamId());
    insert.setString(++i, e.userId());
    insert.setString(++i, e.kind().name());
    insert.setString(++i, e.status().name());
    insert.setString(++i, e.text());
    insert.setString(++i, e.impact());
    insert.setString(++i, e.metric());
    insert.setString(++i, e.competency().id());
    insert.setString(++i, EntryColumns.linksText(e.links()));
    insert.setString(++i, e.occurredOn().toString());
    insert.setString(++i, e.authorUserId());
    insert.setString(++i, e.channelId());
    insert.setString(++i, e.messageTs());
    insert.setString(++i, e.permalink());
    insert.setString(++i, e.savedBy());
    insert.setString(++i, e.note());
    insert.setString(++i, pending.captureKey);
    insert.setLong(++i, e.createdAt().toEpochMilli());
    insert.setLong(++i, e.updatedAt().toEpochMilli());
  }

  /** A row the database refused (a capture key stored before, say); the batch was rolled back. */
  static final class InsertFailedException extends RuntimeException {
    InsertFailedException(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * One caller's row. The leader writes {@code id} or {@code failure} before the volatile {@code
   * done}, then wakes the caller, so a caller that sees done sees the outcome.
   */
  private static final class Pending {
    final Entry entry;
    final List<Metric> metrics;
    final String captureKey;
    final Thread caller;
    volatile boolean done;
    long id;
    RuntimeException failure;

    Pending(Entry entry, List<Metric> metrics, String captureKey, Thread caller) {
      this.entry = entry;
      this.metrics = List.copyOf(metrics);
      this.captureKey = captureKey;
      this.caller = caller;
    }

    void succeed(long id) {
      this.id = id;
      finish();
    }

    void fail(RuntimeException failure) {
      this.failure = failure;
      finish();
    }

    private void finish() {
      done = true;
      if (caller != Thread.currentThread()) {
        LockSupport.unpark(caller);
      }
    }
  }
}
