package app.receipts.entries;

import app.receipts.rules.Metric;
import app.receipts.store.Database;
import app.receipts.store.Vendor;
import java.sql.SQLException;
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

  private final Jdbi jdbi;
  private final boolean sqlite;
  private final ConcurrentLinkedQueue<PendingEntry> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writer = new ReentrantLock();

  GroupCommit(Database database) {
    this.jdbi = database.jdbi();
    this.sqlite = database.vendor() == Vendor.SQLITE;
  }

  /** Rows waiting for the next batch, for tests that need a batch of a known shape. */
  int waiting() {
    return queue.size();
  }

  /** Stores the entry and returns its id once committed; throws what storing it threw. */
  long insert(Entry entry, String captureKey) {
    return insert(entry, List.of(), captureKey);
  }

  /** The same, with the entry's metrics as rows, committed with it in the same transaction. */
  long insert(Entry entry, List<Metric> metrics, String captureKey) {
    PendingEntry mine = new PendingEntry(entry, metrics, captureKey, Thread.currentThread());
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
        PendingEntry next = queue.peek();
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
    List<PendingEntry> batch = new ArrayList<>();
    for (PendingEntry next = queue.poll(); next != null; next = queue.poll()) {
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
      if (!rowsAloneMayGoIn(batchFailed)) {
        // the database itself failed (full disk, I/O error, locked): the rows alone would fail
        // the same way, each after its own wait
        batch.forEach(pending -> pending.fail(batchFailed));
        return;
      }
      // one row that cannot go in (a retried capture key, say), or a deadlock with another
      // instance's batch, must not fail the others with it;
      // each goes alone, still in a transaction of its own: in auto-commit sqlite-jdbc hands back
      // the RETURNING id even when the commit behind it fails (a full disk), so only an explicit
      // COMMIT that returned tells us the row is stored
      for (PendingEntry pending : batch) {
        try {
          pending.succeed(commit(List.of(pending)).get(0));
        } catch (RuntimeException failure) {
          pending.fail(failure);
        }
      }
    }
  }

  /** Inserts the rows in one transaction; returns their ids only once COMMIT has returned. */
  private List<Long> commit(List<PendingEntry> rows) {
    return sqlite
        ? jdbi.withHandle(handle -> EntryInserts.inSqliteTransaction(handle.getConnection(), rows))
        : jdbi.inTransaction(handle -> EntryInserts.insertAll(handle.getConnection(), rows));
  }

  /**
   * Whether the batch failed for its rows rather than the database failing as a whole: a constraint
   * refused one of them (a retried capture key), or PostgreSQL gave the batch up to let another
   * transaction through (a deadlock, 40P01, with another instance's batch holding the same retried
   * keys in the other order; or a serialization failure, 40001). Alone, a row waits for that other
   * batch to finish and then is stored, or refused as a retry of a stored one.
   */
  private static boolean rowsAloneMayGoIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLiteException sqlite
          && sqlite.getResultCode().name().startsWith("SQLITE_CONSTRAINT")) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("23") || state.equals("40P01") || state.equals("40001")) {
          return true;
        }
      }
    }
    return false;
  }
}
