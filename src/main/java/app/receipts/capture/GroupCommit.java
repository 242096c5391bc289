package app.receipts.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Group commit for new entries: captures that arrive together are written in one transaction, so a
 * burst of /win costs one commit (and one connection checkout) instead of one per win. Whoever
 * holds the writer lock writes everything queued so far, its own row included; each caller returns
 * only once its own row is committed, so an acked win is a stored win.
 */
final class GroupCommit {
  private static final int MAX_BATCH = 256;

  private final Jdbi jdbi;
  private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
  private final ReentrantLock writer = new ReentrantLock();

  GroupCommit(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Stores the entry and returns its id once committed; throws what storing it threw. */
  long insert(StoredEntry entry, String captureKey) {
    Pending mine = new Pending(entry, captureKey);
    queue.add(mine);
    writer.lock();
    try {
      while (!mine.done) {
        writeBatch();
      }
    } finally {
      writer.unlock();
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
      List<Long> ids =
          jdbi.inTransaction(
              handle -> {
                List<Long> written = new ArrayList<>(batch.size());
                for (Pending pending : batch) {
                  written.add(insert(handle, pending));
                }
                return written;
              });
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).succeed(ids.get(i));
      }
    } catch (RuntimeException batchFailed) {
      // one row that cannot go in (a retried capture key, say) must not fail the others with it
      for (Pending pending : batch) {
        try {
          pending.succeed(jdbi.withHandle(handle -> insert(handle, pending)));
        } catch (RuntimeException failure) {
          pending.fail(failure);
        }
      }
    }
  }

  /**
   * The same statement as {@link EntryDao#insert}, bound by hand: on the capture path the SQL
   * object machinery costs more than the insert itself.
   */
  private static long insert(Handle handle, Pending pending) {
    StoredEntry e = pending.entry;
    return handle
        .createUpdate(EntryDao.INSERT)
        .bind("e.teamId", e.teamId())
        .bind("e.userId", e.userId())
        .bind("e.kindName", e.kindName())
        .bind("e.statusName", e.statusName())
        .bind("e.text", e.text())
        .bind("e.impact", e.impact())
        .bind("e.metric", e.metric())
        .bind("e.competencyId", e.competencyId())
        .bind("e.linksText", e.linksText())
        .bind("e.occurredOn", e.occurredOn())
        .bind("e.authorUserId", e.authorUserId())
        .bind("e.channelId", e.channelId())
        .bind("e.messageTs", e.messageTs())
        .bind("e.permalink", e.permalink())
        .bind("e.savedBy", e.savedBy())
        .bind("e.note", e.note())
        .bind("captureKey", pending.captureKey)
        .bind("e.createdAt", e.createdAt())
        .bind("e.updatedAt", e.updatedAt())
        .executeAndReturnGeneratedKeys("id")
        .mapTo(Long.class)
        .one();
  }

  /** One caller's row; written and read under the writer lock. */
  private static final class Pending {
    final StoredEntry entry;
    final String captureKey;
    boolean done;
    long id;
    RuntimeException failure;

    Pending(StoredEntry entry, String captureKey) {
      this.entry = entry;
      this.captureKey = captureKey;
    }

    void succeed(long id) {
      this.id = id;
      this.done = true;
    }

    void fail(RuntimeException failure) {
      this.failure = failure;
      this.done = true;
    }
  }
}
