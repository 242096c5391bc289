package app.receipts.packet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month names and the days people write with them ("jun", "june 2025", "Jun 15", "15 june"), each
 * resolved to the latest such month or day that is not after today when no year is given.
 */
final class MonthWords {
  private MonthWords() {}

  private static final Pattern MONTH_YEAR = Pattern.compile("([a-z]+)\\.?,? ?(\\d{4})?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("([a-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?");
  private static final Pattern DAY_MONTH =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)? ([a-z]+)\\.?(?:,? (\\d{4}))?");

  /** The month a word names: "nov", "novem", "november", "sept"; at least three letters. */
  static Optional<Month> month(String word) {
    if (word.length() < 3) {
      return Optional.empty();
    }
    for (Month month : Month.values()) {
      if (fullName(month).startsWith(word)) {
        return Optional.of(month);
      }
    }
    return Optional.empty();
  }

  /** A whole month: "nov", "november 2025"; without a year, the latest one up to today's. */
  static Optional<YearMonth> yearMonth(String text, LocalDate today) {
    Matcher m = MONTH_YEAR.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return month(m.group(1))
        .map(
            month -> {
              if (m.group(2) != null) {
                return YearMonth.of(PeriodParser.year(m.group(2)), month);
              }
              YearMonth candidate = YearMonth.of(today.getYear(), month);
              return candidate.isAfter(YearMonth.from(today)) ? candidate.minusYears(1) : candidate;
            });
  }

  /** A day with a month name: "jun 15", "15 june", "june 15, 2025"; the latest up to today. */
  static Optional<LocalDate> day(String text, LocalDate today) {
    Matcher m;
    String monthWord;
    String dayDigits;
    String yearDigits;
    if ((m = MONTH_DAY.matcher(text)).matches()) {
      monthWord = m.group(1);
      dayDigits = m.group(2);
      yearDigits = m.group(3);
    } else if ((m = DAY_MONTH.matcher(text)).matches()) {
      monthWord = m.group(2);
      dayDigits = m.group(1);
      yearDigits = m.group(3);
    } else {
      return Optional.empty();
    }
    Optional<Month> month = month(monthWord);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    int dayOfMonth = Integer.parseInt(dayDigits);
    try {
      if (yearDigits != null) {
        return Optional.of(LocalDate.of(PeriodParser.year(yearDigits), month.get(), dayOfMonth));
      }
      MonthDay monthDay = MonthDay.of(month.get(), dayOfMonth);
      LocalDate candidate = latestValid(monthDay, today.getYear());
      return Optional.of(
          candidate.isAfter(today) ? latestValid(monthDay, today.getYear() - 1) : candidate);
    } catch (DateTimeException e) {
      throw new PeriodFormatException(
          "There is no " + shortName(month.get()) + " " + dayOfMonth + ".");
    }
  }

  /** Feb 29 in a year without one is Feb 28 rather than an error. */
  private static LocalDate latestValid(MonthDay monthDay, int year) {
    return monthDay.atYear(year);
  }

  /** Words of periods that are a typo or two away from a month ("day" and "may"), never one. */
  private static final java.util.Set<String> PERIOD_WORDS =
      java.util.Set.of(
          "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "half",
          "since", "from", "last", "past", "this", "next", "and");

  /**
   * A month the word probably meant, to suggest it back: within two typos of its full name
   * ("novemeber") or one of its three letters ("nvo").
   */
  static Optional<Month> closest(String word) {
    if (word.length() < 3 || PERIOD_WORDS.contains(word)) {
      return Optional.empty();
    }
    Optional<Month> exact = month(word);
    if (exact.isPresent()) {
      return exact;
    }
    Month best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Month month : Month.values()) {
      String name = fullName(month);
      int full = word.length() >= 4 ? distance(word, name, 3) : 3;
      int abbreviation = word.length() <= 4 ? distance(word, name.substring(0, 3), 2) : 2;
      int score = full <= 2 ? full : abbreviation <= 1 ? abbreviation : Integer.MAX_VALUE;
      if (score < bestDistance) {
        best = month;
        bestDistance = score;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, or {@code cap} once it is certain to reach it. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], cap);
  }

  static String fullName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
  }

  static String shortName(Month month) {
    return month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }
}
