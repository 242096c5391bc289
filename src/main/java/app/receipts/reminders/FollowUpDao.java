package app.receipts.reminders;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Which wins a metric follow-up asked about, which the person said have no number, and which they
 * said will have one later (a row with {@code pending_since} and no {@code asked_in} yet).
 */
interface FollowUpDao {
  /** Entry ids already asked about (declined or not), so nobody is asked twice. */
  @SqlQuery(
      "SELECT entry_id FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND asked_in IS NOT NULL AND entry_id IN (<ids>)")
  Set<Long> asked(String teamId, String userId, @BindList("ids") List<Long> ids);

  /** Entry ids whose number the person said comes later, asked about or not. */
  @SqlQuery(
      "SELECT entry_id FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND pending_since IS NOT NULL AND entry_id IN (<ids>)")
  Set<Long> pending(String teamId, String userId, @BindList("ids") List<Long> ids);

  /** The modal's "I'll have the number later"; marking a win twice keeps the first time. */
  @SqlUpdate(
      """
      INSERT INTO metric_follow_ups (team_id, user_id, entry_id, pending_since)
      VALUES (:teamId, :userId, :entryId, :now)
      ON CONFLICT (team_id, user_id, entry_id) DO NOTHING
      """)
  int markPending(String teamId, String userId, long entryId, Instant now);

  @SqlUpdate(
      """
      INSERT INTO metric_follow_ups (team_id, user_id, entry_id, asked_in, asked_at)
      VALUES (:teamId, :userId, :entryId, :slotKey, :now)
      ON CONFLICT (team_id, user_id, entry_id) DO UPDATE
          SET asked_in = excluded.asked_in, asked_at = excluded.asked_at
          WHERE metric_follow_ups.asked_in IS NULL
      """)
  int ask(String teamId, String userId, long entryId, String slotKey, Instant now);

  @SqlUpdate(
      """
      UPDATE metric_follow_ups SET declined_at = :now
      WHERE team_id = :teamId AND user_id = :userId AND entry_id = :entryId
          AND asked_in IS NOT NULL
      """)
  int decline(String teamId, String userId, long entryId, Instant now);

  /** The follow-up DM an entry was asked about in. */
  @SqlQuery(
      "SELECT asked_in FROM metric_follow_ups WHERE team_id = :teamId AND user_id = :userId"
          + " AND entry_id = :entryId AND asked_in IS NOT NULL")
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
