package app.receipts.conversations;

import app.receipts.rules.Metric;
import java.util.Locale;

/**
 * How recurring figures become a year, said once in every bonus packet so the person can defend it:
 * money counts calendar time, hours count working time.
 */
final class Annual {
  static final String RULE =
      "Recurring figures are annualised: a month counts 12 times a year and a quarter 4 times;"
          + " a week counts 52 times for money and 50 for hours (working weeks); a day 365 times"
          + " for money and 250 for hours (working days).";

  private Annual() {}

  /** Times a year {@code period} recurs; 0 when it is too short to annualise honestly. */
  static double times(Metric.Period period, boolean money) {
    return switch (period) {
      case YEAR -> 1;
      case QUARTER -> 4;
      case MONTH -> 12;
      case WEEK -> money ? 52 : 50;
      case DAY -> money ? 365 : 250;
      case HOUR, MINUTE, SECOND -> 0;
    };
  }

  /** "$168k", "€4.5k", "$1.2M", "950 CHF". */
  static String money(double amount, String unit) {
    String number;
    if (amount >= 1_000_000) {
      number = trim(String.format(Locale.ROOT, "%.1f", amount / 1_000_000)) + "M";
    } else if (amount >= 10_000) {
      number = Math.round(amount / 1_000) + "k";
    } else if (amount >= 1_000) {
      number = trim(String.format(Locale.ROOT, "%.1f", amount / 1_000)) + "k";
    } else {
      number = Long.toString(Math.round(amount));
    }
    if (unit == null || unit.isBlank()) {
      return number;
    }
    return "$€£¥".contains(unit) ? unit + number : number + " " + unit.toUpperCase(Locale.ROOT);
  }

  static String hours(double hours) {
    long rounded = Math.round(hours);
    return rounded + (rounded == 1 ? " hour" : " hours");
  }

  private static String trim(String decimal) {
    return decimal.endsWith(".0") ? decimal.substring(0, decimal.length() - 2) : decimal;
  }
}
