package app.receipts.packet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period a user typed after {@code /win packet}. Blank text means the default, the last 6
 * months up to today.
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
  private static final Pattern LAST = Pattern.compile("(?:last|past) (\\d{1,6}) (day|month)s?");
  private static final Pattern RANGE = Pattern.compile("(\\S+)(?: ?(?:\\.\\.|–|—) ?| to )(\\S+)");
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

  public Period parse(String text, LocalDate today) {
    String input = text == null ? "" : text.strip();
    if (input.length() > MAX_INPUT_LENGTH) {
      throw new PeriodFormatException("That period is too long to be a date range.");
    }
    String normalized = input.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (normalized.isEmpty()) {
      return lastMonths(6, today);
    }
    Matcher m;
    if ((m = HALF.matcher(normalized)).matches()) {
      int year = year(m.group(1), today);
      int half = Integer.parseInt(m.group(2));
      LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
      return Period.named(start, start.plusMonths(6).minusDays(1), year + "-H" + half);
    }
    if ((m = QUARTER.matcher(normalized)).matches()) {
      int year = year(m.group(1), today);
      int quarter = Integer.parseInt(m.group(2));
      if (quarter < 1 || quarter > 4) {
        throw new PeriodFormatException(
            "There is no quarter Q" + quarter + "; quarters are Q1 to Q4.");
      }
      LocalDate start = LocalDate.of(year, quarter * 3 - 2, 1);
      return Period.named(start, start.plusMonths(3).minusDays(1), year + "-Q" + quarter);
    }
    if (YEAR.matcher(normalized).matches()) {
      int year = year(normalized, today);
      return Period.named(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), normalized);
    }
    if ((m = LAST.matcher(normalized)).matches()) {
      int amount = Integer.parseInt(m.group(1));
      return m.group(2).equals("day") ? lastDays(amount, today) : lastMonths(amount, today);
    }
    if ((m = RANGE.matcher(normalized)).matches()) {
      LocalDate start = date(m.group(1));
      LocalDate end = date(m.group(2));
      if (end.isBefore(start)) {
        throw new PeriodFormatException(
            "The range ends (" + end + ") before it starts (" + start + ").");
      }
      if (start.plusDays(MAX_DAYS).isBefore(end)) {
        throw new PeriodFormatException("That range is longer than 10 years.");
      }
      return Period.between(start, end);
    }
    if (ISO_DATE.matcher(normalized).matches()) {
      LocalDate day = date(normalized);
      throw new PeriodFormatException(
          "A single day is not a period; give a range such as " + day + ".." + day + ".");
    }
    throw new PeriodFormatException("I couldn't read “" + excerpt(input) + "” as a period.");
  }

  private static Period lastDays(int days, LocalDate today) {
    if (days < 1 || days > MAX_DAYS) {
      throw new PeriodFormatException("Pick between 1 and " + MAX_DAYS + " days.");
    }
    return Period.between(today.minusDays(days - 1L), today);
  }

  private static Period lastMonths(int months, LocalDate today) {
    if (months < 1 || months > MAX_MONTHS) {
      throw new PeriodFormatException("Pick between 1 and " + MAX_MONTHS + " months.");
    }
    return Period.between(today.minusMonths(months).plusDays(1), today);
  }

  private static int year(String digits, LocalDate today) {
    int year = digits == null ? today.getYear() : Integer.parseInt(digits);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new PeriodFormatException("The year " + year + " is out of range.");
    }
    return year;
  }

  private static LocalDate date(String text) {
    Matcher m = ISO_DATE.matcher(text);
    if (!m.matches()) {
      throw new PeriodFormatException(
          "“" + excerpt(text) + "” is not a date; write dates as YYYY-MM-DD.");
    }
    int year = year(m.group(1), null);
    try {
      return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      throw new PeriodFormatException("“" + text + "” is not a real date.");
    }
  }

  private static String excerpt(String text) {
    return text.length() <= 40 ? text : text.substring(0, 39) + "…";
  }
}
