package app.receipts.evidence;

import app.receipts.capture.Entry;
import app.receipts.capture.EntryMapper;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Praise-specific queries; like every entry query, scoped by team and owner. */
@RegisterRowMapper(EntryMapper.class)
@RegisterConstructorMapper(PraiseDraft.class)
public interface PraiseDao {
  @SqlUpdate(
      """
      INSERT INTO praise_drafts (id, team_id, saver_id, channel_id, message_ts, author_user_id,
          text, problem, created_at)
      VALUES (:d.id, :d.teamId, :d.saverId, :d.channelId, :d.messageTs, :d.authorUserId, :d.text,
          :d.problem, :d.createdAt)
      """)
  void saveDraft(@BindMethods("d") PraiseDraft d);

  @SqlQuery(
      "SELECT * FROM praise_drafts WHERE id = :id AND team_id = :teamId AND saver_id = :saverId")
  Optional<PraiseDraft> draft(String id, String teamId, String saverId);

  @SqlUpdate("DELETE FROM praise_drafts WHERE id = :id")
  int deleteDraft(String id);

  @SqlUpdate("DELETE FROM praise_drafts WHERE created_at < :cutoff")
  int pruneDrafts(Instant cutoff);

  @SqlUpdate("DELETE FROM praise_drafts WHERE team_id = :teamId AND saver_id = :userId")
  int forgetDrafts(String teamId, String userId);

  @SqlQuery(
      """
      SELECT * FROM entries WHERE team_id = :teamId AND user_id = :ownerId
        AND channel_id = :channelId AND message_ts = :messageTs
      """)
  Optional<Entry> find(String teamId, String ownerId, String channelId, String messageTs);

  @SqlUpdate(
      """
      UPDATE entries SET note = :note, competency = :competency, updated_at = :now
      WHERE team_id = :teamId AND user_id = :ownerId AND id = :id
      """)
  int updateNote(
      String teamId, String ownerId, long id, String note, String competency, Instant now);

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
}
