package app.receipts.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface PacketRequestDao {
  /** One request as its delivery job reads it. */
  record Request(
      long id,
      String teamId,
      String userId,
      LocalDate periodStart,
      LocalDate periodEnd,
      String status) {}

  /** Records a request once per key; 0 when a delivery with the same key recorded it before. */
  @SqlUpdate(
      """
      INSERT INTO packet_requests (team_id, user_id, request_key, period_start, period_end, status,
          created_at, updated_at)
      VALUES (:teamId, :userId, :requestKey, :start, :end, 'REQUESTED', :now, :now)
      ON CONFLICT (team_id, request_key) DO NOTHING
      """)
  int requested(
      String teamId, String userId, String requestKey, LocalDate start, LocalDate end, Instant now);

  @SqlQuery("SELECT id FROM packet_requests WHERE team_id = :teamId AND request_key = :requestKey")
  long idOf(String teamId, String requestKey);

  @SqlQuery(
      "SELECT id, team_id, user_id, period_start, period_end, status FROM packet_requests"
          + " WHERE id = :id")
  @RegisterConstructorMapper(Request.class)
  Optional<Request> find(long id);

  @SqlUpdate(
      "UPDATE packet_requests SET status = :status, error = :error, updated_at = :now"
          + " WHERE id = :id")
  int finished(long id, String status, String error, Instant now);

  @SqlUpdate("DELETE FROM packet_requests WHERE team_id = :teamId AND user_id = :userId")
  int forget(String teamId, String userId);
}
