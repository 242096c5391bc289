package app.receipts.packet;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

public interface PacketRequestDao {
  @SqlUpdate(
      """
      INSERT INTO packet_requests (team_id, user_id, period_start, period_end, status, created_at,
          updated_at)
      VALUES (:teamId, :userId, :start, :end, 'REQUESTED', :now, :now)
      """)
  @GetGeneratedKeys("id")
  long requested(String teamId, String userId, LocalDate start, LocalDate end, Instant now);

  /** 1 for the first delivery of this Slack trigger or view, 0 for a retried copy of it. */
  @SqlUpdate(
      """
      INSERT INTO slack_deliveries (team_id, delivery_id, received_at)
      VALUES (:teamId, :deliveryId, :now) ON CONFLICT DO NOTHING
      """)
  int firstDelivery(String teamId, String deliveryId, Instant now);

  @SqlUpdate(
      "UPDATE packet_requests SET status = :status, error = :error, updated_at = :now"
          + " WHERE id = :id")
  int finished(long id, String status, String error, Instant now);

  @SqlQuery(
      "SELECT status FROM packet_requests WHERE team_id = :teamId AND user_id = :userId"
          + " ORDER BY id DESC LIMIT 1")
  String lastStatus(String teamId, String userId);

  @SqlUpdate("DELETE FROM packet_requests WHERE team_id = :teamId AND user_id = :userId")
  int forget(String teamId, String userId);
}
