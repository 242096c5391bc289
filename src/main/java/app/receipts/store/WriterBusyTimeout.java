package app.receipts.store;

import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.spi.JdbiPlugin;
import org.sqlite.SQLiteConnection;

/**
 * How long a write on the SQLite writer waits for a lock that another process holds. All writes
 * share one connection, so while the lock is held they queue: at 2 s each, a newcomer's /win (the
 * person's row, then the win) stayed past Slack's 3 seconds, 10 s in a test, behind the health
 * probe's own wait. So once storage is known not to work, each write tries only briefly and the
 * person hears "not saved" at once; the probe finds out within a second when it works again.
 */
final class WriterBusyTimeout implements JdbiPlugin {
  /**
   * While storage works: long enough for a short lock elsewhere (a backup's last step, a command
   * run by hand) to pass, short enough that a /win still answers "not saved" inside 3 seconds.
   */
  static final int WHILE_WORKING_MILLIS = 2_000;

  /** While storage is known not to work, and for the health probe itself. */
  static final int WHILE_FAILING_MILLIS = 100;

  private final BooleanSupplier working;

  WriterBusyTimeout(BooleanSupplier working) {
    this.working = working;
  }

  @Override
  public Handle customizeHandle(Handle handle) throws SQLException {
    set(handle, working.getAsBoolean() ? WHILE_WORKING_MILLIS : WHILE_FAILING_MILLIS);
    return handle;
  }

  /** Sets the handle's wait for SQLite's write lock; nothing on other databases. */
  static void set(Handle handle, int millis) throws SQLException {
    if (!handle.getConnection().isWrapperFor(SQLiteConnection.class)) {
      return;
    }
    SQLiteConnection connection = handle.getConnection().unwrap(SQLiteConnection.class);
    if (connection.getBusyTimeout() != millis) {
      connection.setBusyTimeout(millis);
    }
  }
}
