package app.receipts.entries;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.generic.GenericType;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;

/**
 * The entry reads every request makes (App Home, lists, packets, a /win's capture key), through
 * Jdbi's fluent API. An on-demand SqlObject attaches its whole interface on every call, copying the
 * configuration once per method of it; at a few hundred requests a second that was a fifth of the
 * server's CPU. Every query is scoped by team and owner, like {@link EntryDao}'s.
 */
final class EntryQueries {
  private static final EntryColumns COLUMNS = new EntryColumns();
  private static final SpecializedOnce<Entry> ENTRY =
      new SpecializedOnce<>(ConstructorMapper.of(Entry.class));

  private static final String OWNED =
      EntryDao.SELECT + "WHERE team_id = :teamId AND user_id = :userId AND id = :id";
  private static final String BY_CAPTURE_KEY =
      EntryDao.SELECT
          + "WHERE team_id = :teamId AND user_id = :userId AND capture_key = :captureKey";
  private static final String RECENT =
      EntryDao.SELECT
          + """
          WHERE team_id = :teamId AND user_id = :userId AND status = 'KEPT'
          ORDER BY occurred_on DESC, id DESC LIMIT :limit OFFSET :offset
          """;

  /** Served by entries_by_owner. */
  private static final String BETWEEN =
      EntryDao.SELECT
          + """
          WHERE team_id = :teamId AND user_id = :userId
            AND occurred_on >= :from AND occurred_on <= :to AND status = 'KEPT'
          ORDER BY occurred_on DESC, id DESC
          """;

  /** The index's order, so it reads one row. */
  private static final String FIRST_DAY =
      """
      SELECT occurred_on FROM entries WHERE team_id = :teamId AND user_id = :userId
        AND occurred_on >= :from AND occurred_on <= :to AND status = 'KEPT'
      ORDER BY occurred_on LIMIT 1
      """;

  private static final String LAST_DAY =
      """
      SELECT occurred_on FROM entries WHERE team_id = :teamId AND user_id = :userId
        AND occurred_on >= :from AND occurred_on <= :to AND status = 'KEPT'
      ORDER BY occurred_on DESC LIMIT 1
      """;
  private static final String COUNT =
      "SELECT COUNT(*) FROM entries WHERE team_id = :teamId AND user_id = :userId"
          + " AND status = 'KEPT'";

  /** The win logged last, whatever day it is dated (praise kept for them is not theirs to undo). */
  private static final String LAST_LOGGED =
      "SELECT MAX(id) FROM entries WHERE team_id = :teamId AND user_id = :userId"
          + " AND kind = 'WIN' AND status = 'KEPT'";

  /** Pending praise included: for the person's export and re-dating. */
  private static final String ALL =
      EntryDao.SELECT
          + "WHERE team_id = :teamId AND user_id = :userId ORDER BY occurred_on DESC, id DESC";

  private static final String COUNTS_SINCE =
      """
      SELECT competency, COUNT(*) AS n FROM entries
      WHERE team_id = :teamId AND user_id = :userId AND status = 'KEPT' AND occurred_on >= :from
      GROUP BY competency
      """;

  private EntryQueries() {}

  static Optional<Entry> owned(Handle handle, String teamId, String userId, long id) {
    return entries(owner(handle, OWNED, teamId, userId).bind("id", id)).findOne();
  }

  static Optional<Entry> byCaptureKey(
      Handle handle, String teamId, String userId, String captureKey) {
    return entries(owner(handle, BY_CAPTURE_KEY, teamId, userId).bind("captureKey", captureKey))
        .findOne();
  }

  static List<Entry> recent(Handle handle, String teamId, String userId, int limit, int offset) {
    return entries(
            owner(handle, RECENT, teamId, userId).bind("limit", limit).bind("offset", offset))
        .list();
  }

  static List<Entry> between(
      Handle handle, String teamId, String userId, LocalDate from, LocalDate to) {
    return entries(days(handle, BETWEEN, teamId, userId, from, to)).list();
  }

  static Optional<LocalDate> firstDay(
      Handle handle, String teamId, String userId, LocalDate from, LocalDate to) {
    return days(handle, FIRST_DAY, teamId, userId, from, to).mapTo(LocalDate.class).findOne();
  }

  static Optional<LocalDate> lastDay(
      Handle handle, String teamId, String userId, LocalDate from, LocalDate to) {
    return days(handle, LAST_DAY, teamId, userId, from, to).mapTo(LocalDate.class).findOne();
  }

  static int count(Handle handle, String teamId, String userId) {
    return owner(handle, COUNT, teamId, userId).mapTo(int.class).one();
  }

  static Optional<Long> lastLogged(Handle handle, String teamId, String userId) {
    return owner(handle, LAST_LOGGED, teamId, userId).mapTo(Long.class).findOne();
  }

  static List<Entry> all(Handle handle, String teamId, String userId) {
    return entries(owner(handle, ALL, teamId, userId)).list();
  }

  /** Kept entries per stored competency id dated on or after {@code from}. */
  static Map<String, Integer> countsSince(
      Handle handle, String teamId, String userId, LocalDate from) {
    return owner(handle, COUNTS_SINCE, teamId, userId)
        .bind("from", from)
        .setMapKeyColumn("competency")
        .setMapValueColumn("n")
        .collectInto(new GenericType<Map<String, Integer>>() {});
  }

  private static Query owner(Handle handle, String sql, String teamId, String userId) {
    return handle.createQuery(sql).bind("teamId", teamId).bind("userId", userId);
  }

  private static Query days(
      Handle handle, String sql, String teamId, String userId, LocalDate from, LocalDate to) {
    return owner(handle, sql, teamId, userId).bind("from", from).bind("to", to);
  }

  /**
   * Once the entry columns are bound to their mappers, a query needs no mappers of its own:
   * registering them copies the statement's configuration, which every query would pay for.
   */
  private static ResultIterable<Entry> entries(Query query) {
    return (ENTRY.bound() ? query : query.registerColumnMapper(COLUMNS)).map(ENTRY);
  }
}
