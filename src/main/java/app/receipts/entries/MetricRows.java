package app.receipts.entries;

import app.receipts.rules.Metric;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The entry_metrics table: a win's metrics as data, one row each in the order of its metric line.
 * Plain JDBC, so {@link GroupCommit} writes them in the batch's own transaction and every other
 * write on its handle's connection: rows and entry commit together or not at all.
 */
final class MetricRows {
  static final String INSERT =
      """
      INSERT INTO entry_metrics (team_id, entry_id, position, subject, before, after, delta, value,
          dimension, unit, direction, period, bound)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

  private static final String OF_PERSON =
      """
      SELECT m.* FROM entry_metrics m JOIN entries e ON e.id = m.entry_id
      WHERE e.team_id = :teamId AND e.user_id = :userId AND e.status = 'KEPT'
        AND e.occurred_on >= :from AND e.occurred_on <= :to AND m.team_id = :teamId
      ORDER BY m.entry_id, m.position
      """;

  private static final String OF_OWNER =
      """
      SELECT m.* FROM entry_metrics m JOIN entries e ON e.id = m.entry_id
      WHERE e.team_id = :teamId AND e.user_id = :userId AND m.team_id = :teamId
      ORDER BY m.entry_id, m.position
      """;

  private static final String OF_ENTRY =
      """
      SELECT m.* FROM entry_metrics m JOIN entries e ON e.id = m.entry_id
      WHERE e.team_id = :teamId AND e.user_id = :userId AND e.id = :id AND m.team_id = :teamId
      ORDER BY m.position
      """;

  private MetricRows() {}

  /** Adds the rows of one entry to {@code insert}'s batch; the caller executes it. */
  static void add(PreparedStatement insert, String teamId, long entryId, List<Metric> metrics)
      throws SQLException {
    for (int position = 0; position < metrics.size(); position++) {
      Metric m = metrics.get(position);
      int i = 0;
      insert.setString(++i, teamId);
      insert.setLong(++i, entryId);
      insert.setInt(++i, position);
      insert.setString(++i, m.subject());
      number(insert, ++i, m.before());
      number(insert, ++i, m.after());
      number(insert, ++i, m.delta());
      number(insert, ++i, m.value());
      insert.setString(++i, m.dimension().id());
      insert.setString(++i, m.unit());
      insert.setString(++i, lower(m.direction() == null ? Metric.Direction.NONE : m.direction()));
      insert.setString(++i, m.period() == null ? null : m.period().id());
      insert.setString(++i, m.bound() == null ? null : lower(m.bound()));
      insert.addBatch();
    }
  }

  /** The entry's rows become {@code metrics}, on the handle's transaction. */
  static void replace(Handle handle, String teamId, long entryId, List<Metric> metrics) {
    handle
        .createUpdate("DELETE FROM entry_metrics WHERE team_id = :teamId AND entry_id = :id")
        .bind("teamId", teamId)
        .bind("id", entryId)
        .execute();
    if (metrics.isEmpty()) {
      return;
    }
    Connection connection = handle.getConnection();
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      add(insert, teamId, entryId, metrics);
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot store the metrics of entry " + entryId, e);
    }
  }

  /** The owner's kept entries dated from..to (inclusive) that have metrics, by entry id. */
  static Map<Long, List<Metric>> of(
      Handle handle, String teamId, String userId, LocalDate from, LocalDate to) {
    return byEntry(
        handle
            .createQuery(OF_PERSON)
            .bind("teamId", teamId)
            .bind("userId", userId)
            .bind("from", from.toString())
            .bind("to", to.toString()));
  }

  /** Every entry of the owner that has metrics, by entry id: for their export. */
  static Map<Long, List<Metric>> ofOwner(Handle handle, String teamId, String userId) {
    return byEntry(handle.createQuery(OF_OWNER).bind("teamId", teamId).bind("userId", userId));
  }

  private static Map<Long, List<Metric>> byEntry(Query query) {
    Map<Long, List<Metric>> byEntry = new LinkedHashMap<>();
    query.scanResultSet(
        (rows, context) -> {
          ResultSet set = rows.get();
          while (set.next()) {
            byEntry
                .computeIfAbsent(set.getLong("entry_id"), id -> new ArrayList<>())
                .add(metric(set));
          }
          return null;
        });
    byEntry.replaceAll((id, metrics) -> List.copyOf(metrics));
    return byEntry;
  }

  /** The owner's entry's metrics in order; empty when it has none or is not theirs. */
  static List<Metric> ofEntry(Handle handle, String teamId, String userId, long entryId) {
    return handle
        .createQuery(OF_ENTRY)
        .bind("teamId", teamId)
        .bind("userId", userId)
        .bind("id", entryId)
        .map((set, context) -> metric(set))
        .list();
  }

  private static Metric metric(ResultSet set) throws SQLException {
    String period = set.getString("period");
    String bound = set.getString("bound");
    return new Metric(
        set.getString("subject"),
        number(set, "before"),
        number(set, "after"),
        number(set, "delta"),
        number(set, "value"),
        Metric.Dimension.valueOf(upper(set.getString("dimension"))),
        set.getString("unit"),
        Metric.Direction.valueOf(upper(set.getString("direction"))),
        period == null ? null : Metric.Period.valueOf(upper(period)),
        bound == null ? null : Metric.Bound.valueOf(upper(bound)));
  }

  private static void number(PreparedStatement insert, int index, Double value)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, Types.DOUBLE);
    } else {
      insert.setDouble(index, value);
    }
  }

  private static Double number(ResultSet set, String column) throws SQLException {
    double value = set.getDouble(column);
    return set.wasNull() ? null : value;
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String id) {
    return id.toUpperCase(Locale.ROOT);
  }
}
