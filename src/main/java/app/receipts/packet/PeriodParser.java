package app.receipts.packet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period a user typed after {@code /win packet}. Blank text means the default, the last 6
 * months up to today; {@code today} is the person's, so relative periods follow their timezone.
 */
public final class PeriodParser {

  /** Longer input is never a period; refusing it early keeps regexes off huge strings. */
  static final int MAX_INPUT_LENGTH = 64;

  static final int MAX_DAYS = 3660;
  static final int MAX_MONTHS = 120;
  private static final int MIN_YEAR = 2000;
  private static final int MAX_YEAR = 2100;

  private static final Pattern HALF = Pattern.compile("(?:(\\d{4})[- ]?)?h([12])");
  private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})[- ]?)?q(\\d)");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern RANGE = Pattern.compile("(\\S+)(?: ?(?:\\.\\.|–|—) ?| to )(\\S+)");
  private static final Pattern FROM_TO =
      Pattern.compile("(?:from|between) (\\S+) (?:to|and) (\\S+)");
  static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  public Period parse(String text, LocalDate today) {
    String input = text == null ? "" : text.strip();
    if (input.length() > MAX_INPUT_LENGTH) {
      throw new PeriodFormatException("That period is too long to be a date range.")
          .withExamples(PeriodExamples.GENERAL);
    }
    String normalized = input.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    try {
      return parseNormalized(normalized, input, today);
    } catch (PeriodFormatException e) {
      throw e.withExamples(PeriodExamples.closeTo(normalized, today));
    }
  }

  private static Period parseNormalized(String normalized, String typed, LocalDate today) {
    if (normalized.isEmpty()) {
      return RelativePeriods.lastMonths(6, today);
    }
    Matcher m;
    if ((m = HALF.matcher(normalized)).matches()) {
      int year = m.group(1) == null ? today.getYear() : year(m.group(1));
      int half = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
      return Period.named(start, start.plusMonths(6).minusDays(1), year + "-H" + half);
    }
    if ((m = QUARTER.matcher(normalized)).matches()) {
      int year = m.group(1) == null ? today.getYear() : year(m.group(1));
      int quarter = Integer.parseInt(m.group(2));
      if (quarter < 1 || quarter > 4) {
        throw new PeriodFormatException(
            "There is no quarter Q" + quarter + "; quarters are Q1 to Q4.");
      }
      LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
      return Period.named(start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }
    if (YEAR.matcher(normalized).matches()) {
      int year = year(normalized);
      return Period.named(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), normalized);
    }
    if ((m = ISO_MONTH.matcher(normalized)).matches()) {
      return month(yearMonth(m.group(1), m.group(2)));
    }
    if ((m = FROM_TO.matcher(normalized)).matches()) {
      return range(m.group(1), m.group(2));
    }
    Optional<Period> relative = RelativePeriods.parse(normalized, today);
    if (relative.isPresent()) {
      return relative.get();
    }
    Optional<YearMonth> named = MonthWords.yearMonth(normalized, today);
    if (named.isPresent()) {
      return month(named.get());
    }
    if ((m = RANGE.matcher(normalized)).matches()) {
      return range(m.group(1), m.group(2));
    }
    if (ISO_DATE.matcher(normalized).matches()) {
      LocalDate day = date(normalized);
      throw new PeriodFormatException(
          "A single day is not a period; give a range such as " + day + ".." + day + ".");
    }
    throw new PeriodFormatException("I couldn't read “" + excerpt(typed) + "” as a period.");
  }

  /** Ends are days or whole months: "2026-01-01..2026-06-30", "2026-01..2026-03". */
  private static Period range(String from, String to) {
    Matcher fromMonth = ISO_MONTH.matcher(from);
    Matcher toMonth = ISO_MONTH.matcher(to);
    LocalDate start =
        fromMonth.matches()
            ? yearMonth(fromMonth.group(1), fromMonth.group(2)).atDay(1)
            : date(from);
    LocalDate end =
        toMonth.matches() ? yearMonth(toMonth.group(1), toMonth.group(2)).atEndOfMonth() : date(to);
    if (end.isBefore(start)) {
      throw new PeriodFormatException(
          "The range ends (" + end + ") before it starts (" + start + ").");
    }
    if (start.plusDays(MAX_DAYS).isBefore(end)) {
      throw new PeriodFormatException("That range is longer than 10 years.");
    }
    return Period.between(start, end);
  }

  private static Period month(YearMonth month) {
    return Period.named(month.atDay(1), month.atEndOfMonth(), slug(month));
  }

  /** "2026-11" */
  static String slug(YearMonth month) {
    return month.toString();
  }

  static YearMonth yearMonth(String year, String month) {
    int number = Integer.parseInt(month);
    if (number < 1 || number > 12) {
      throw new PeriodFormatException("There is no month " + number + "; months are 1 to 12.");
    }
    return YearMonth.of(year(year), number);
  }

  static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new PeriodFormatException("The year " + year + " is out of range.");
    }
    return year;
  }

  static LocalDate date(String text) {
    Matcher m = ISO_DATE.matcher(text);
    if (!m.matches()) {
      throw new PeriodFormatException(
          "“" + excerpt(text) + "” is not a date; write dates as YYYY-MM-DD.");
    }
    int year = year(m.group(1));
    try {
      return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new PeriodFormatException("“" + text + "” is not a real date.");
    }
  }

  static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
