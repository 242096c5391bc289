package app.receipts.packet;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Examples of periods like the one someone typed and we could not read, in their own terms. */
final class PeriodExamples {
  private PeriodExamples() {}

  static final String GENERAL =
      "Try `last quarter`, `this year`, `since june`, `last 2 weeks`, `nov`, `2026-H1` or"
          + " `2026-01-01..2026-06-30`; nothing means the last 6 months.";

  private static final Pattern NUMBER = Pattern.compile("\\d{1,6}");
  private static final Pattern WORD = Pattern.compile("[a-z]{3,}");
  private static final Pattern QUARTERISH = Pattern.compile(".*(quarter|\\bq\\d|\\dq\\d).*");
  private static final Pattern HALFISH = Pattern.compile(".*(half|\\bh\\d|\\dh\\d).*");

  static String closeTo(String typed, LocalDate today) {
    int year = today.getYear();
    String first = typed.isEmpty() ? "" : typed.split(" ", 2)[0];
    if (first.matches("since|from|after|starting")) {
      Month month = anyMonth(typed).orElse(Month.JUNE);
      LocalDate day = fifteenth(month, today);
      return "Try `since "
          + MonthWords.fullName(month)
          + "`, `since "
          + MonthWords.shortName(month)
          + " 15` or `since "
          + day
          + "`.";
    }
    if (first.matches("last|past|this|next|previous|current")) {
      int n = number(typed).filter(x -> x >= 1 && x <= PeriodParser.MAX_MONTHS).orElse(2);
      return "Try `last "
          + n
          + " weeks`, `last "
          + n
          + " months`, `last 90 days`, `this quarter`, `last quarter` or `last year`.";
    }
    if (QUARTERISH.matcher(typed).matches()) {
      return "Try `Q3`, `" + year + "-Q3`, `this quarter` or `last quarter`.";
    }
    if (HALFISH.matcher(typed).matches()) {
      return "Try `H1`, `" + year + "-H2` or `" + year + "`.";
    }
    Optional<Month> month = anyMonth(typed);
    if (month.isPresent()) {
      Month m = month.get();
      return "Try `"
          + MonthWords.shortName(m).toLowerCase(java.util.Locale.ROOT)
          + "`, `"
          + MonthWords.fullName(m)
          + " "
          + year
          + "`, `"
          + YearMonth.of(year, m)
          + "` or `since "
          + MonthWords.fullName(m)
          + "`.";
    }
    if (!first.isEmpty() && Character.isDigit(first.charAt(0))) {
      return "Try `"
          + year
          + "`, `"
          + year
          + "-11`, `"
          + year
          + "-Q3`, `since "
          + fifteenth(Month.JUNE, today)
          + "` or `"
          + year
          + "-01-01.."
          + year
          + "-06-30`.";
    }
    return GENERAL;
  }

  /** The latest 15th of {@code month} up to today: an example of "since" that is in the past. */
  private static LocalDate fifteenth(Month month, LocalDate today) {
    LocalDate day = YearMonth.of(today.getYear(), month).atDay(15);
    return day.isAfter(today) ? day.minusYears(1) : day;
  }

  /** A month named in the text, typos allowed: "novemeber" is November. */
  private static Optional<Month> anyMonth(String typed) {
    Matcher words = WORD.matcher(typed);
    while (words.find()) {
      Optional<Month> month = MonthWords.closest(words.group());
      if (month.isPresent()) {
        return month;
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> number(String typed) {
    Matcher m = NUMBER.matcher(typed);
    return m.find() ? Optional.of(Integer.parseInt(m.group())) : Optional.empty();
  }
}
