package app.receipts.reminders;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * One run's claim on one person's slot in reminder_deliveries, moved from claimed to posting right
 * before the DM call and then to sent or maybe_sent. Every move checks this run's token, so a run
 * whose claim a revived run took over can no longer send.
 */
final class DeliveryClaim {
  private final ReminderDao dao;
  private final Clock clock;
  private final NudgeData data;
  private final String token;

  private DeliveryClaim(ReminderDao dao, Clock clock, NudgeData data, String token) {
    this.dao = dao;
    this.clock = clock;
    this.data = data;
    this.token = token;
  }

  /** The claim, unless the slot was sent, is being sent, or is claimed by another execution. */
  static Optional<DeliveryClaim> take(ReminderDao dao, Clock clock, NudgeData data) {
    String token = UUID.randomUUID().toString();
    int taken =
        dao.claim(
            data.teamId(),
            data.userId(),
            data.slotKey(),
            data.instanceId(),
            token,
            clock.instant());
    return taken == 1 ? Optional.of(new DeliveryClaim(dao, clock, data, token)) : Optional.empty();
  }

  /** False when this run no longer holds the claim and must not send. */
  boolean startPosting() {
    return dao.startPosting(data.teamId(), data.userId(), data.slotKey(), token, clock.instant())
        == 1;
  }

  void sent() {
    finish("sent");
  }

  void maybeSent() {
    finish("maybe_sent");
  }

  /** Handled without a DM (the person is away, or logged something this week). */
  void skip() {
    dao.skip(data.teamId(), data.userId(), data.slotKey(), token, clock.instant());
  }

  /** Certainly nothing reached the person: a retry may claim the slot again. */
  void release() {
    dao.release(data.teamId(), data.userId(), data.slotKey(), token);
  }

  private void finish(String state) {
    dao.finish(data.teamId(), data.userId(), data.slotKey(), token, state, clock.instant());
  }
}
