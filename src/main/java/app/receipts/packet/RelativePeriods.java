package app.receipts.packet;

import app.receipts.slack.Dates;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods counted from today, the person's today: "this quarter", "last year", "last 2 weeks",
 * "since june". A period "this …" or "since …" ends today, so it holds no future days.
 */
final class RelativePeriods {
  private RelativePeriods() {}

  private static final Pattern THIS_OR_LAST =
      Pattern.compile("(this|current|last|previous|past) (quarter|year|month)");
  private static final Pattern LAST_N =
      Pattern.compile("(?:last|past) (\\d{1,6}) (day|week|month|year)s?");
  private static final Pattern SINCE = Pattern.compile("(?:since|from) (.+)");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  static final int MAX_WEEKS = PeriodParser.MAX_DAYS / 7;
  static final int MAX_YEARS = PeriodParser.MAX_MONTHS / 12;

  static Optional<Period> parse(String normalized, LocalDate today) {
    Matcher m;
    if ((m = THIS_OR_LAST.matcher(normalized)).matches()) {
      boolean current = m.group(1).equals("this") || m.group(1).equals("current");
      return Optional.of(
          switch (m.group(2)) {
            case "quarter" -> quarter(today, current);
            case "year" -> year(today, current);
            default -> month(today, current);
          });
    }
    if ((m = LAST_N.matcher(normalized)).matches()) {
      return Optional.of(lastN(Integer.parseInt(m.group(1)), m.group(2), today));
    }
    if ((m = SINCE.matcher(normalized)).matches()) {
      return Optional.of(since(m.group(1), today));
    }
    return Optional.empty();
  }

  private static Period quarter(LocalDate today, boolean current) {
    LocalDate start = today.withDayOfMonth(1).minusMonths((today.getMonthValue() - 1) % 3);
    if (!current) {
      start = start.minusMonths(3);
    }
    String slug = start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    return Period.named(start, current ? today : start.plusMonths(3).minusDays(1), slug);
  }

  private static Period year(LocalDate today, boolean current) {
    int year = current ? today.getYear() : today.getYear() - 1;
    LocalDate start = LocalDate.of(year, 1, 1);
    return Period.named(
        start, current ? today : LocalDate.of(year, 12, 31), Integer.toString(year));
  }

  private static Period month(LocalDate today, boolean current) {
    YearMonth month = current ? YearMonth.from(today) : YearMonth.from(today).minusMonths(1);
    return Period.named(
        month.atDay(1), current ? today : month.atEndOfMonth(), PeriodParser.slug(month));
  }

  private static Period lastN(int amount, String unit, LocalDate today) {
    return switch (unit) {
      case "day" -> {
        within(amount, PeriodParser.MAX_DAYS, "days");
        yield Period.between(today.minusDays(amount - 1L), today);
      }
      case "week" -> {
        within(amount, MAX_WEEKS, "weeks");
        yield Period.between(today.minusWeeks(amount).plusDays(1), today);
      }
      case "year" -> {
        within(amount, MAX_YEARS, "years");
        yield Period.between(today.minusYears(amount).plusDays(1), today);
      }
      default -> lastMonths(amount, today);
    };
  }

  static Period lastMonths(int months, LocalDate today) {
    within(months, PeriodParser.MAX_MONTHS, "months");
    return Period.between(today.minusMonths(months).plusDays(1), today);
  }

  private static void within(int amount, int max, String unit) {
    if (amount < 1 || amount > max) {
      throw new PeriodFormatException("Pick between 1 and " + max + " " + unit + ".");
    }
  }

  /** "since june", "since Jun 15", "since 2026-06-15", "since 2026-06": up to today. */
  private static Period since(String text, LocalDate today) {
    LocalDate start = start(text, today);
    if (start.isAfter(today)) {
      throw new PeriodFormatException(
          Dates.day(start) + " is after today, so there is nothing since.");
    }
    if (start.plusDays(PeriodParser.MAX_DAYS).isBefore(today)) {
      throw new PeriodFormatException("That is more than 10 years ago.");
    }
    return Period.between(start, today);
  }

  private static LocalDate start(String text, LocalDate today) {
    if (PeriodParser.ISO_DATE.matcher(text).matches()) {
      return PeriodParser.date(text);
    }
    Matcher m = ISO_MONTH.matcher(text);
    if (m.matches()) {
      return PeriodParser.yearMonth(m.group(1), m.group(2)).atDay(1);
    }
    Optional<YearMonth> month = MonthWords.yearMonth(text, today);
    if (month.isPresent()) {
      return month.get().atDay(1);
    }
    return MonthWords.day(text, today)
        .orElseThrow(
            () ->
                new PeriodFormatException(
                    "I couldn't read “" + PeriodParser.excerpt(text) + "” as a day or month."));
  }
}
