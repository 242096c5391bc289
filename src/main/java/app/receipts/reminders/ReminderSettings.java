package app.receipts.reminders;

import java.time.LocalDate;

/** A person's reminder settings; {@link #defaults} until they change anything. */
public record ReminderSettings(
    String teamId,
    String userId,
    ReminderSchedule schedule,
    LocalDate reviewDate,
    LocalDate previousReview,
    boolean firstNudgeSent,
    boolean dmBlocked) {

  public static ReminderSettings defaults(String teamId, String userId) {
    return new ReminderSettings(teamId, userId, ReminderSchedule.DEFAULT, null, null, false, false);
  }

  public ReminderSettings with(ReminderSchedule newSchedule) {
    return new ReminderSettings(
        teamId, userId, newSchedule, reviewDate, previousReview, firstNudgeSent, dmBlocked);
  }

  public ReminderSettings withReview(LocalDate review, LocalDate previous) {
    return new ReminderSettings(
        teamId, userId, schedule, review, previous, firstNudgeSent, dmBlocked);
  }
}
