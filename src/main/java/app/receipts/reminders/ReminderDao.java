package app.receipts.reminders;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterColumnMapperFactory;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ReminderSettings.class)
@RegisterColumnMapperFactory(ScheduleColumns.class)
public interface ReminderDao {
  String FIND = "SELECT * FROM reminder_settings WHERE team_id = :teamId AND user_id = :userId";

  @SqlQuery(FIND)
  Optional<ReminderSettings> find(String teamId, String userId);

  @SqlUpdate(
      """
      INSERT INTO reminder_settings (team_id, user_id, days, time_of_day, enabled, cadence,
          cadence_anchor, month_week, review_date, previous_review, first_nudge_sent, dm_blocked,
          paused_until, welcome_back, quiet_weeks, last_follow_up, updated_at)
      VALUES (:teamId, :userId, :days, :time, :enabled, :cadence, :anchor, :monthWeek, :review,
          :previous, :firstSent, :blocked, :pausedUntil, :welcomeBack, :quiet, :lastFollowUp, :now)
      ON CONFLICT (team_id, user_id) DO UPDATE SET days = :days, time_of_day = :time,
          enabled = :enabled, cadence = :cadence, cadence_anchor = :anchor,
          month_week = :monthWeek, review_date = :review, previous_review = :previous,
          first_nudge_sent = :firstSent, dm_blocked = :blocked, paused_until = :pausedUntil,
          welcome_back = :welcomeBack, quiet_weeks = :quiet, last_follow_up = :lastFollowUp,
          updated_at = :now
      """)
  void save(
      String teamId,
      String userId,
      String days,
      String time,
      boolean enabled,
      String cadence,
      LocalDate anchor,
      int monthWeek,
      LocalDate review,
      LocalDate previous,
      boolean firstSent,
      boolean blocked,
      LocalDate pausedUntil,
      boolean welcomeBack,
      boolean quiet,
      Instant lastFollowUp,
      Instant now);

  default void save(ReminderSettings s, Instant now) {
    ReminderSchedule schedule = s.schedule();
    save(
        s.teamId(),
        s.userId(),
        schedule.daysText(),
        schedule.time().toString(),
        schedule.enabled(),
        schedule.cadence().name(),
        schedule.anchor(),
        schedule.monthWeek(),
        s.reviewDate(),
        s.previousReview(),
        s.firstNudgeSent(),
        s.dmBlocked(),
        s.pausedUntil(),
        s.welcomeBack(),
        s.quietWeeks(),
        s.lastFollowUp(),
        now);
  }

  /**
   * Records that a nudge went out, touching only what that changes, so that a setting saved while
   * the nudge was being sent (a pause, say) is kept; 0 when the person has no settings row yet.
   */
  @SqlUpdate(
      """
      UPDATE reminder_settings SET first_nudge_sent = TRUE, welcome_back = FALSE, updated_at = :now
      WHERE team_id = :teamId AND user_id = :userId
      """)
  int nudged(String teamId, String userId, Instant now);

  @SqlUpdate(
      """
      UPDATE reminder_settings SET dm_blocked = TRUE, updated_at = :now
      WHERE team_id = :teamId AND user_id = :userId
      """)
  int markBlocked(String teamId, String userId, Instant now);

  @SqlUpdate(
      """
      UPDATE reminder_settings SET last_follow_up = :at, updated_at = :at
      WHERE team_id = :teamId AND user_id = :userId
      """)
  int followedUp(String teamId, String userId, Instant at);

  /** A slot claimed and then deliberately not sent (away, quiet week): handled, never sent. */
  @SqlUpdate(
      """
      UPDATE reminder_deliveries SET state = 'skipped', sent_at = :now
      WHERE team_id = :teamId AND user_id = :userId AND slot_key = :slotKey
          AND claim_token = :token AND state = 'claimed'
      """)
  int skip(String teamId, String userId, String slotKey, String token, Instant now);

  /**
   * Claims a slot for a user before any DM call; 0 when it is taken. A claim still in state claimed
   * is taken over by a later run of the same execution: db-scheduler runs one execution on one
   * instance at a time, so that earlier run died (or was revived as dead) before sending.
   */
  @SqlUpdate(
      """
      INSERT INTO reminder_deliveries (team_id, user_id, slot_key, sent_at, state, claimed_by,
          claim_token)
      VALUES (:teamId, :userId, :slotKey, :now, 'claimed', :execution, :token)
      ON CONFLICT (team_id, user_id, slot_key) DO UPDATE
          SET claim_token = excluded.claim_token, sent_at = excluded.sent_at
          WHERE reminder_deliveries.state = 'claimed'
              AND reminder_deliveries.claimed_by = excluded.claimed_by
      """)
  int claim(
      String teamId, String userId, String slotKey, String execution, String token, Instant now);

  /**
   * Moves a claim from claimed to posting right before chat.postMessage; 0 when this run no longer
   * holds it (a revived run took it over), and then it must not send.
   */
  @SqlUpdate(
      """
      UPDATE reminder_deliveries SET state = 'posting', sent_at = :now
      WHERE team_id = :teamId AND user_id = :userId AND slot_key = :slotKey
          AND claim_token = :token AND state = 'claimed'
      """)
  int startPosting(String teamId, String userId, String slotKey, String token, Instant now);

  /** Records how the post ended: sent, or maybe_sent. */
  @SqlUpdate(
      """
      UPDATE reminder_deliveries SET state = :state, sent_at = :now
      WHERE team_id = :teamId AND user_id = :userId AND slot_key = :slotKey
          AND claim_token = :token
      """)
  int finish(String teamId, String userId, String slotKey, String token, String state, Instant now);

  /** Gives a claim back when certainly nothing reached the person, so that a retry may send. */
  @SqlUpdate(
      """
      DELETE FROM reminder_deliveries
      WHERE team_id = :teamId AND user_id = :userId AND slot_key = :slotKey
          AND claim_token = :token
      """)
  int release(String teamId, String userId, String slotKey, String token);

  @SqlUpdate("DELETE FROM reminder_settings WHERE team_id = :teamId AND user_id = :userId")
  int forgetSettings(String teamId, String userId);

  @SqlUpdate("DELETE FROM reminder_deliveries WHERE team_id = :teamId AND user_id = :userId")
  int forgetDeliveries(String teamId, String userId);

  /** Pending reminders of one person, by the patterns of {@link ReminderTaskId#ofPerson}. */
  @SqlUpdate(
      "DELETE FROM scheduled_tasks WHERE task_name = 'reminder'"
          + " AND (task_instance LIKE :whole OR task_instance LIKE :prefix)")
  int forgetTasks(String whole, String prefix);
}
