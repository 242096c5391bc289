package app.receipts.reminders;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/** Reminder occasions in a person's own timezone, daylight-saving changes included. */
final class Slots {
  private Slots() {}

  /**
   * The first slot of the schedule (weekly, every other week or monthly) strictly after {@code
   * after}, on or after the local day {@code notBefore} when that is given (the end of a pause).
   */
  static Slot next(ReminderSchedule schedule, ZoneId zone, Instant after, LocalDate notBefore) {
    LocalDate day = LocalDate.ofInstant(after, zone);
    if (notBefore != null && notBefore.isAfter(day)) {
      day = notBefore;
    }
    // a monthly "last Friday" is at most 5 weeks after the previous one; every other week, 2
    for (int i = 0; i <= 70; i++) {
      LocalDate candidate = day.plusDays(i);
      if (schedule.matches(candidate)) {
        Instant at = at(candidate, schedule.time(), zone);
        if (at.isAfter(after)) {
          return new Slot(at, candidate, SlotKey.weekly(candidate));
        }
      }
    }
    throw new IllegalStateException("a schedule always has a slot within ten weeks");
  }

  static Slot nextWeekly(ReminderSchedule schedule, ZoneId zone, Instant after) {
    return next(schedule, zone, after, null);
  }

  /** Snoozing moves this week's nudge to the next Monday at the same local time. */
  static Slot snoozedToMonday(ReminderSchedule schedule, ZoneId zone, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    return new Slot(at(monday, schedule.time(), zone), monday, SlotKey.snoozed(monday));
  }

  /**
   * A local time on a local day as an instant. In a spring-forward gap (02:30 that does not exist)
   * it moves forward by the gap; in a fall-back overlap it is the earlier instant, so it fires
   * once.
   */
  static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
    return ZonedDateTime.ofLocal(LocalDateTime.of(day, time), zone, null)
        .withEarlierOffsetAtOverlap()
        .toInstant();
  }

  /**
   * A nudge the bot missed while it was down is still worth sending on the same local day, never
   * later: coming back after a long outage sends nothing old.
   */
  static boolean stillDeliverable(Slot slot, ZoneId zone, Instant now) {
    return !now.isBefore(slot.at()) && LocalDate.ofInstant(now, zone).equals(slot.localDate());
  }
}
