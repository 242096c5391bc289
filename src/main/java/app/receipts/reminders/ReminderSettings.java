package app.receipts.reminders;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.core.mapper.reflect.JdbiConstructor;

/**
 * A person's reminder settings; {@link #defaults} until they change anything. {@code pausedUntil}
 * is the first local day nudges come again; {@code welcomeBack} marks that the next nudge says the
 * pause is over; {@code lastFollowUp} is when the last metric follow-up went out.
 */
public record ReminderSettings(
    String teamId,
    String userId,
    @Nested ReminderSchedule schedule,
    LocalDate reviewDate,
    LocalDate previousReview,
    boolean firstNudgeSent,
    boolean dmBlocked,
    LocalDate pausedUntil,
    boolean welcomeBack,
    boolean quietWeeks,
    Instant lastFollowUp) {

  @JdbiConstructor
  public ReminderSettings {}

  public ReminderSettings(
      String teamId,
      String userId,
      ReminderSchedule schedule,
      LocalDate reviewDate,
      LocalDate previousReview,
      boolean firstNudgeSent,
      boolean dmBlocked) {
    this(
        teamId,
        userId,
        schedule,
        reviewDate,
        previousReview,
        firstNudgeSent,
        dmBlocked,
        null,
        false,
        false,
        null);
  }

  public static ReminderSettings defaults(String teamId, String userId) {
    return new ReminderSettings(teamId, userId, ReminderSchedule.DEFAULT, null, null, false, false);
  }

  public ReminderSettings with(ReminderSchedule newSchedule) {
    return new ReminderSettings(
        teamId,
        userId,
        newSchedule,
        reviewDate,
        previousReview,
        firstNudgeSent,
        dmBlocked,
        pausedUntil,
        welcomeBack,
        quietWeeks,
        lastFollowUp);
  }

  public ReminderSettings withReview(LocalDate review, LocalDate previous) {
    return new ReminderSettings(
        teamId,
        userId,
        schedule,
        review,
        previous,
        firstNudgeSent,
        dmBlocked,
        pausedUntil,
        welcomeBack,
        quietWeeks,
        lastFollowUp);
  }

  /** Paused until that day (exclusive), or not paused with null. */
  public ReminderSettings withPause(LocalDate until, boolean sayWelcomeBack) {
    return new ReminderSettings(
        teamId,
        userId,
        schedule,
        reviewDate,
        previousReview,
        firstNudgeSent,
        dmBlocked,
        until,
        sayWelcomeBack,
        quietWeeks,
        lastFollowUp);
  }

  public ReminderSettings withQuietWeeks(boolean quiet) {
    return new ReminderSettings(
        teamId,
        userId,
        schedule,
        reviewDate,
        previousReview,
        firstNudgeSent,
        dmBlocked,
        pausedUntil,
        welcomeBack,
        quiet,
        lastFollowUp);
  }

  /** After a nudge went out: the first one and the welcome back are said. */
  public ReminderSettings afterNudge() {
    return new ReminderSettings(
        teamId,
        userId,
        schedule,
        reviewDate,
        previousReview,
        true,
        dmBlocked,
        pausedUntil,
        false,
        quietWeeks,
        lastFollowUp);
  }

  public ReminderSettings blocked() {
    return new ReminderSettings(
        teamId,
        userId,
        schedule,
        reviewDate,
        previousReview,
        firstNudgeSent,
        true,
        pausedUntil,
        welcomeBack,
        quietWeeks,
        lastFollowUp);
  }

  public ReminderSettings followedUp(Instant at) {
    return new ReminderSettings(
        teamId,
        userId,
        schedule,
        reviewDate,
        previousReview,
        firstNudgeSent,
        dmBlocked,
        pausedUntil,
        welcomeBack,
        quietWeeks,
        at);
  }

  /** Whether nudges for this local day are held by a pause. */
  public boolean pausedOn(LocalDate day) {
    return pausedUntil != null && day.isBefore(pausedUntil);
  }
}
