package app.receipts.conversations;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The conversation_requests table: one row per rebuttal or bonus packet asked for. */
interface ConversationRequestDao {
  /** One request as its job reads it. */
  record Request(
      long id,
      String teamId,
      String userId,
      String kind,
      LocalDate periodStart,
      LocalDate periodEnd,
      String periodSlug,
      String inputs,
      String status) {}

  /** Records a request once per key; 0 when a redelivery of the same Slack request did before. */
  @SqlUpdate(
      """
      INSERT INTO conversation_requests (team_id, user_id, request_key, kind, period_start,
          period_end, period_slug, inputs, status, created_at, updated_at)
      VALUES (:teamId, :userId, :requestKey, :kind, :start, :end, :slug, :inputs, 'REQUESTED',
          :now, :now)
      ON CONFLICT (team_id, request_key) DO NOTHING
      """)
  int requested(
      String teamId,
      String userId,
      String requestKey,
      String kind,
      LocalDate start,
      LocalDate end,
      String slug,
      String inputs,
      Instant now);

  @SqlQuery(
      "SELECT id FROM conversation_requests WHERE team_id = :teamId AND request_key = :requestKey")
  long idOf(String teamId, String requestKey);

  @SqlQuery(
      """
      SELECT id, team_id, user_id, kind, period_start, period_end, period_slug, inputs, status
      FROM conversation_requests WHERE id = :id
      """)
  @RegisterConstructorMapper(Request.class)
  Optional<Request> find(long id);

  /** Moves the request on; the modal's inputs go once it is over, as nothing reads them then. */
  @SqlUpdate(
      """
      UPDATE conversation_requests SET status = :status, error = :error, updated_at = :now,
          inputs = CASE WHEN :status IN ('DELIVERED', 'FAILED') THEN '{}' ELSE inputs END
      WHERE id = :id
      """)
  int moved(long id, String status, String error, Instant now);

  @SqlUpdate("DELETE FROM conversation_requests WHERE team_id = :teamId AND user_id = :userId")
  int forget(String teamId, String userId);
}
