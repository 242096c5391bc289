package app.receipts.reminders;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key that names a reminder slot across restarts, instances and timezone refreshes, stored in
 * delivery claims, follow-up rows, and scheduled reminders' ids and data. Built and parsed only
 * here, in four shapes:
 *
 * <ul>
 *   <li>{@code weekly:2026-W47-FRIDAY}: a scheduled nudge, by ISO week and day, so a timezone
 *       refresh inside the same week keeps it;
 *   <li>{@code snooze:weekly:2026-W48-MONDAY}: a snoozed nudge, on the day it moved to;
 *   <li>{@code followup:2026-W47}: the metric follow-up, one per ISO week, which the delivery claim
 *       on this key makes so on any instance ({@link #day} is that week's Monday);
 *   <li>{@code review:2027-01-15:14}: a review reminder, {@link #daysBefore} days before the review
 *       on {@link #day}.
 * </ul>
 */
public record SlotKey(Shape shape, LocalDate day, int daysBefore) {
  private static final String WEEKLY = "weekly:";
  private static final String SNOOZE = "snooze:";
  private static final String FOLLOWUP = "followup:";
  private static final String REVIEW = "review:";
  private static final String WEEK = "(\\d{4})-W(\\d{2})";
  private static final Pattern WEEKLY_FORM = Pattern.compile(WEEKLY + WEEK + "-([A-Z]+)");
  private static final Pattern FOLLOWUP_FORM = Pattern.compile(FOLLOWUP + WEEK);
  private static final Pattern REVIEW_FORM =
      Pattern.compile(REVIEW + "(\\d{4}-\\d{2}-\\d{2}):(\\d{1,4})");

  public enum Shape {
    WEEKLY,
    SNOOZED,
    FOLLOWUP,
    REVIEW
  }

  public SlotKey {
    if (shape == null || day == null) {
      throw new IllegalArgumentException("A slot key needs a shape and a day");
    }
    if (shape == Shape.REVIEW ? daysBefore < 0 : daysBefore != 0) {
      throw new IllegalArgumentException(
          "Only a review slot key has days before, never negative: " + daysBefore);
    }
    if (shape == Shape.FOLLOWUP) {
      day = day.with(DayOfWeek.MONDAY);
    }
  }

  static SlotKey weekly(LocalDate day) {
    return new SlotKey(Shape.WEEKLY, day, 0);
  }

  public static SlotKey snoozed(LocalDate day) {
    return new SlotKey(Shape.SNOOZED, day, 0);
  }

  /** The follow-up of the ISO week {@code day} is in. */
  static SlotKey followUp(LocalDate day) {
    return new SlotKey(Shape.FOLLOWUP, day, 0);
  }

  static SlotKey review(LocalDate review, int daysBefore) {
    return new SlotKey(Shape.REVIEW, review, daysBefore);
  }

  boolean isReview() {
    return shape == Shape.REVIEW;
  }

  /** The key as stored. */
  public String value() {
    return switch (shape) {
      case WEEKLY -> weeklyValue(day);
      case SNOOZED -> SNOOZE + weeklyValue(day);
      case FOLLOWUP -> FOLLOWUP + week(day);
      case REVIEW -> REVIEW + day + ":" + daysBefore;
    };
  }

  /**
   * A stored key read back; an {@link IllegalArgumentException} saying so for anything that is not
   * one of the four shapes exactly as {@link #value} writes it.
   */
  public static SlotKey parse(String value) {
    if (value == null) {
      throw new IllegalArgumentException("Not a slot key: null");
    }
    SlotKey key;
    try {
      key = read(value);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a slot key (no such day): " + value, e);
    }
    if (key == null || !key.value().equals(value)) {
      throw new IllegalArgumentException(
          "Not a slot key (weekly:, snooze:weekly:, followup: or review: as stored): " + value);
    }
    return key;
  }

  private static SlotKey read(String value) {
    boolean snoozed = value.startsWith(SNOOZE);
    Matcher weekly = WEEKLY_FORM.matcher(snoozed ? value.substring(SNOOZE.length()) : value);
    if (weekly.matches()) {
      LocalDate day =
          monday(weekly.group(1), weekly.group(2)).with(DayOfWeek.valueOf(weekly.group(3)));
      return snoozed ? snoozed(day) : weekly(day);
    }
    Matcher followUp = FOLLOWUP_FORM.matcher(value);
    if (followUp.matches()) {
      return followUp(monday(followUp.group(1), followUp.group(2)));
    }
    Matcher review = REVIEW_FORM.matcher(value);
    if (review.matches()) {
      return review(LocalDate.parse(review.group(1)), Integer.parseInt(review.group(2)));
    }
    return null;
  }

  /** The Monday of an ISO week; January 4th is always in week 1 of its week-based year. */
  private static LocalDate monday(String weekYear, String week) {
    return LocalDate.of(Integer.parseInt(weekYear), 1, 4)
        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week))
        .with(ChronoField.DAY_OF_WEEK, 1);
  }

  private static String weeklyValue(LocalDate day) {
    return WEEKLY + week(day) + "-" + day.getDayOfWeek();
  }

  /** Locale.ROOT: keys are compared across instances, so their digits must not follow a locale. */
  private static String week(LocalDate day) {
    return String.format(
        Locale.ROOT,
        "%d-W%02d",
        day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }
}
