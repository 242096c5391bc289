package app.receipts.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Which wins a metric follow-up asked about, and which the person said have no number. */
interface FollowUpDao {
  /** Entry ids already asked about (declined or not), so nobody is asked twice. */
  @SqlQuery(
      "SELECT entry_id FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND entry_id IN (<ids>)")
  Set<Long> asked(String teamId, String userId, @BindList("ids") List<Long> ids);

  @SqlUpdate(
      """
      INSERT INTO metric_follow_ups (team_id, user_id, entry_id, asked_in, asked_at)
      VALUES (:teamId, :userId, :entryId, :slotKey, :now)
      ON CONFLICT (team_id, user_id, entry_id) DO NOTHING
      """)
  int ask(String teamId, String userId, long entryId, String slotKey, Instant now);

  @SqlUpdate(
      """
      UPDATE metric_follow_ups SET declined_at = :now
      WHERE team_id = :teamId AND user_id = :userId AND entry_id = :entryId
      """)
  int decline(String teamId, String userId, long entryId, Instant now);

  /** The follow-up DM an entry was asked about in. */
  @SqlQuery(
      "SELECT asked_in FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND entry_id = :entryId")
  Optional<String> dmOf(String teamId, String userId, long entryId);

  @SqlQuery(
      "SELECT entry_id FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND asked_in = :slotKey ORDER BY entry_id")
  List<Long> inDm(String teamId, String userId, String slotKey);

  @SqlQuery(
      "SELECT entry_id FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND asked_in = :slotKey AND declined_at IS NOT NULL")
  Set<Long> declinedInDm(String teamId, String userId, String slotKey);

  @SqlUpdate("DELETE FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId")
  int forget(String teamId, String userId);
}
