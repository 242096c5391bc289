package app.receipts.entries;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The SQL of one group commit: a batch of entries and their metric rows, in plain JDBC. */
final class EntryInserts {
  /** {@link EntryDao#INSERT_COLUMNS} bound by position, returning the new id. */
  private static final String INSERT =
      "INSERT INTO entries ("
          + EntryDao.INSERT_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

  private EntryInserts() {}

  /**
   * BEGIN IMMEDIATE, the inserts and COMMIT as plain statements on a connection left in
   * auto-commit. Through JDBC's setAutoCommit(false) and commit(), sqlite-jdbc opens the next
   * (empty) write transaction right after each commit, only to end it when auto-commit comes back:
   * four more file lock calls a batch, each a system call.
   */
  static List<Long> inSqliteTransaction(Connection connection, List<PendingEntry> batch) {
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
  static List<Long> insertAll(Connection connection, List<PendingEntry> batch) {
    List<Long> ids = new ArrayList<>(batch.size());
    boolean anyMetrics = false;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (PendingEntry pending : batch) {
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

  private static void insertMetrics(Connection connection, List<PendingEntry> batch, List<Long> ids)
      throws SQLException {
    try (PreparedStatement rows = connection.prepareStatement(MetricRows.INSERT)) {
      for (int i = 0; i < batch.size(); i++) {
        PendingEntry pending = batch.get(i);
        MetricRows.add(rows, pending.entry.teamId(), ids.get(i), pending.metrics);
      }
      rows.executeBatch();
    }
  }

  private static void bind(PreparedStatement insert, PendingEntry pending) throws SQLException {
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
}
