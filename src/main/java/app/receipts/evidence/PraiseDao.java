package app.receipts.evidence;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Praise drafts: the message a shortcut opened, until its modal is submitted. */
@RegisterConstructorMapper(PraiseDraft.class)
interface PraiseDao {
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
}
