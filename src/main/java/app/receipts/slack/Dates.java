package app.receipts.slack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Every date and time a person reads, in Slack and in files, in English whatever the server's
 * default locale is: the texts around them are English.
 */
public final class Dates {
  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, yyyy", ENGLISH);
  private static final DateTimeFormatter WEEKDAY_DAY =
      DateTimeFormatter.ofPattern("EEE MMM d, yyyy", ENGLISH);
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", ENGLISH);
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE MMM d 'at' HH:mm", ENGLISH);

  private Dates() {}

  /** "Jun 3, 2026" */
  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  /** "Fri Jul 10, 2026" */
  public static String dayWithWeekday(LocalDate day) {
    return WEEKDAY_DAY.format(day);
  }

  /** "Jun 3": the start of a range that ends in the same year. */
  public static String monthDay(LocalDate day) {
    return MONTH_DAY.format(day);
  }

  /** "Jun 2026" */
  public static String month(YearMonth month) {
    return MONTH.format(month);
  }

  /** "Fri Jul 10 at 16:00", in the zone of the time given (the person's). */
  public static String when(ZonedDateTime time) {
    return WHEN.format(time);
  }

  /** "Friday" */
  public static String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, ENGLISH);
  }
}
