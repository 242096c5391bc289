package app.receipts.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;

/**
 * The first delivery of a Slack id (an event id, or a trigger id with a prefix of its feature)
 * claims it in slack_deliveries; a redelivery to any instance finds it claimed. Claims older than a
 * day are pruned now and then: Slack retries within minutes.
 */
public final class SlackDeliveries {
  private static final Duration KEEP = Duration.ofDays(1);
  private static final long PRUNE_EVERY = 500;

  private final Jdbi jdbi;
  private final Clock clock;
  private final AtomicLong claims = new AtomicLong();

  public SlackDeliveries(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** True for the first delivery of {@code deliveryId} in the workspace, false for any later. */
  public boolean first(String teamId, String deliveryId) {
    Instant now = clock.instant();
    int inserted =
        jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        """
                        INSERT INTO slack_deliveries (team_id, delivery_id, received_at)
                        VALUES (:teamId, :deliveryId, :now) ON CONFLICT DO NOTHING
                        """)
                    .bind("teamId", teamId)
                    .bind("deliveryId", deliveryId)
                    .bind("now", now)
                    .execute());
    if (claims.incrementAndGet() % PRUNE_EVERY == 0) {
      jdbi.useHandle(
          handle ->
              handle
                  .createUpdate("DELETE FROM slack_deliveries WHERE received_at < :cutoff")
                  .bind("cutoff", now.minus(KEEP))
                  .execute());
    }
    return inserted == 1;
  }
}
