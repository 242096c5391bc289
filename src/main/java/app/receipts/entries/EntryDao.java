package app.receipts.entries;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterArgumentFactory;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapperFactory;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Every query is scoped by team and owner: nobody reaches another person's entries. */
@RegisterConstructorMapper(Entry.class)
@RegisterColumnMapperFactory(EntryColumns.class)
@RegisterArgumentFactory(EntryColumns.class)
interface EntryDao {
  /**
   * The columns a new entry is written with, in order. {@link GroupCommit} binds the same list by
   * position for /win; here it is bound by name for praise.
   */
  String INSERT_COLUMNS =
      """
      team_id, user_id, kind, status, text, impact, metric, competency, links, occurred_on,
      author_user_id, channel_id, message_ts, permalink, saved_by, note, capture_key, created_at,
      updated_at""";

  String INSERT =
      "INSERT INTO entries ("
          + INSERT_COLUMNS
          + """
          )
          VALUES (:e.teamId, :e.userId, :e.kind, :e.status, :e.text, :e.impact, :e.metric,
              :e.competency, :e.links, :e.occurredOn, :e.authorUserId, :e.channelId,
              :e.messageTs, :e.permalink, :e.savedBy, :e.note, :captureKey, :e.createdAt,
              :e.updatedAt)
          """;

  /** Every read of whole entries: the two instants read as the record's pinned and leftOut. */
  String SELECT =
      "SELECT *, pinned_at IS NOT NULL AS pinned, left_out_at IS NOT NULL AS left_out"
          + " FROM entries ";

  @SqlUpdate(INSERT)
  @GetGeneratedKeys("id")
  long insert(@BindMethods("e") Entry e, String captureKey);

  @SqlUpdate(
      """
      UPDATE entries SET text = :e.text, impact = :e.impact, metric = :e.metric,
          competency = :e.competency, links = :e.links, occurred_on = :e.occurredOn,
          note = :e.note, updated_at = :e.updatedAt
      WHERE team_id = :e.teamId AND user_id = :e.userId AND id = :e.id
      """)
  int update(@BindMethods("e") Entry e);

  @SqlUpdate("DELETE FROM entries WHERE team_id = :teamId AND user_id = :userId AND id = :id")
  int delete(String teamId, String userId, long id);

  /** Deletes the entry only while it is as it was saved: never edited, re-filed or fixed. */
  @SqlUpdate(
      "DELETE FROM entries WHERE team_id = :teamId AND user_id = :userId AND id = :id"
          + " AND updated_at = created_at")
  int deleteUnedited(String teamId, String userId, long id);

  @SqlUpdate(
      """
      UPDATE entries SET occurred_on = :day
      WHERE team_id = :teamId AND user_id = :userId AND id = :id
      """)
  int redate(String teamId, String userId, long id, LocalDate day);

  @SqlQuery(
      SELECT
          + """
          WHERE team_id = :teamId AND user_id = :ownerId
            AND channel_id = :channelId AND message_ts = :messageTs
          """)
  Optional<Entry> findMessage(String teamId, String ownerId, String channelId, String messageTs);

  @SqlUpdate(
      """
      UPDATE entries SET note = :note, competency = :competency, updated_at = :now
      WHERE team_id = :teamId AND user_id = :ownerId AND id = :id
      """)
  int updateNote(
      String teamId, String ownerId, long id, String note, String competency, Instant now);

  /** Kept praise only: the owner's note and competency; the author's text never changes. */
  @SqlUpdate(
      """
      UPDATE entries SET note = :note, competency = :competency, updated_at = :now
      WHERE team_id = :teamId AND user_id = :ownerId AND id = :id
        AND kind = 'PRAISE' AND status = 'KEPT'
      """)
  int editPraise(
      String teamId, String ownerId, long id, String note, String competency, Instant now);

  /** Pinning takes the entry off leave-out; a second pin keeps the first instant. */
  @SqlUpdate(
      """
      UPDATE entries SET pinned_at = COALESCE(pinned_at, :now), left_out_at = NULL
      WHERE team_id = :teamId AND user_id = :userId AND id = :id AND status = 'KEPT'
      """)
  int pin(String teamId, String userId, long id, Instant now);

  @SqlUpdate(
      """
      UPDATE entries SET pinned_at = NULL
      WHERE team_id = :teamId AND user_id = :userId AND id = :id AND status = 'KEPT'
      """)
  int unpin(String teamId, String userId, long id);

  /** Leaving out unpins; a second leave-out keeps the first instant. */
  @SqlUpdate(
      """
      UPDATE entries SET left_out_at = COALESCE(left_out_at, :now), pinned_at = NULL
      WHERE team_id = :teamId AND user_id = :userId AND id = :id AND status = 'KEPT'
      """)
  int leaveOut(String teamId, String userId, long id, Instant now);

  @SqlUpdate(
      """
      UPDATE entries SET left_out_at = NULL
      WHERE team_id = :teamId AND user_id = :userId AND id = :id AND status = 'KEPT'
      """)
  int include(String teamId, String userId, long id);

  @SqlUpdate(
      """
      UPDATE entries SET status = 'KEPT', updated_at = :now
      WHERE team_id = :teamId AND user_id = :ownerId AND id = :id AND status = 'PENDING'
      """)
  int keep(String teamId, String ownerId, long id, Instant now);

  @SqlUpdate(
      """
      DELETE FROM entries
      WHERE team_id = :teamId AND user_id = :ownerId AND id = :id AND status = 'PENDING'
      """)
  int discard(String teamId, String ownerId, long id);

  @SqlUpdate(
      "UPDATE entries SET permalink = :permalink WHERE team_id = :teamId AND user_id = :ownerId"
          + " AND id = :id")
  int setPermalink(String teamId, String ownerId, long id, String permalink);

  @SqlUpdate("DELETE FROM entries WHERE team_id = :teamId AND user_id = :userId")
  int deleteAll(String teamId, String userId);

  /** Removes a person's name from other people's praise (as author or as the one who saved it). */
  @SqlUpdate(
      """
      UPDATE entries SET saved_by = CASE WHEN saved_by = :userId THEN NULL ELSE saved_by END,
          author_user_id = CASE WHEN author_user_id = :userId THEN NULL ELSE author_user_id END
      WHERE team_id = :teamId AND user_id <> :userId
        AND (saved_by = :userId OR author_user_id = :userId)
      """)
  int anonymise(String teamId, String userId);
}
