package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Unit words and symbols, the dimension they measure and their size in its base unit. */
final class Units {
  /** Units that carry their own period: "40k rps" is already per second. */
  static final Set<String> RATES = Set.of("rps", "qps", "tps", "rpm", "req/s");

  record Unit(Dimension dimension, double size) {}

  private static final Map<String, Unit> UNITS = new HashMap<>();
  private static final Map<String, Double> SCALES = new HashMap<>();
  private static final Map<String, Period> PERIODS = new HashMap<>();
  private static final Map<String, Period> ADVERBS = new HashMap<>();
  private static final Map<String, Double> NUMBER_WORDS = new HashMap<>();

  static {
    put(Dimension.PERCENT, 1, "%", "percent", "pct", "pp", "percentage");
    put(Dimension.DURATION, 0.001, "ms", "msec", "millisecond", "milliseconds", "millis");
    put(Dimension.DURATION, 0.000001, "µs", "us", "microseconds");
    put(Dimension.DURATION, 1, "s", "sec", "secs", "second", "seconds");
    put(Dimension.DURATION, 60, "min", "mins", "minute", "minutes", "m");
    put(Dimension.DURATION, 3600, "h", "hr", "hrs", "hour", "hours");
    put(Dimension.DURATION, 86400, "d", "day", "days");
    put(Dimension.DURATION, 604800, "wk", "wks", "week", "weeks");
    put(Dimension.DURATION, 2592000, "month", "months", "mo", "mos");
    put(Dimension.DURATION, 31536000, "year", "years", "yr", "yrs");
    put(Dimension.BYTES, 1, "b", "byte", "bytes");
    put(Dimension.BYTES, 1e3, "kb");
    put(Dimension.BYTES, 1e6, "mb", "megabytes", "megs");
    put(Dimension.BYTES, 1e9, "gb", "gigabytes", "gigs");
    put(Dimension.BYTES, 1e12, "tb", "terabytes");
    put(Dimension.BYTES, 1e15, "pb", "petabytes");
    // the binary units say so in their name: 1 GiB is 2^30 bytes
    put(Dimension.BYTES, 0x1p10, "kib");
    put(Dimension.BYTES, 0x1p20, "mib");
    put(Dimension.BYTES, 0x1p30, "gib");
    put(Dimension.BYTES, 0x1p40, "tib");
    put(Dimension.BYTES, 0x1p50, "pib");
    put(Dimension.MONEY, 1, "usd", "dollars", "eur", "euros", "gbp", "bucks");
    put(Dimension.RATIO, 1, "x", "×");
    scale(1e3, "k", "thousand", "K");
    scale(1e6, "m", "million", "mn", "mil", "mm", "millions");
    scale(1e9, "b", "billion", "bn", "billions");
    period(Period.SECOND, "s", "sec", "second");
    period(Period.MINUTE, "min", "minute");
    period(Period.HOUR, "h", "hr", "hour");
    period(Period.DAY, "d", "day", "night");
    period(Period.WEEK, "wk", "week", "sprint");
    period(Period.MONTH, "mo", "month");
    period(Period.QUARTER, "quarter", "q");
    period(Period.YEAR, "yr", "year", "annum", "y");
    adverb(Period.HOUR, "hourly");
    adverb(Period.DAY, "daily", "nightly");
    adverb(Period.WEEK, "weekly");
    adverb(Period.MONTH, "monthly");
    adverb(Period.QUARTER, "quarterly");
    adverb(Period.YEAR, "yearly", "annually", "annual", "annualized", "annualised");
    String[] ones = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen",
      "twenty"
    };
    for (int i = 2; i < ones.length; i++) {
      NUMBER_WORDS.put(ones[i], (double) i);
    }
    String[] tens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    for (int i = 0; i < tens.length; i++) {
      NUMBER_WORDS.put(tens[i], 30.0 + 10 * i);
    }
    NUMBER_WORDS.put("dozen", 12.0);
    NUMBER_WORDS.put("hundred", 100.0);
    NUMBER_WORDS.put("thousand", 1000.0);
  }

  private Units() {}

  private static void put(Dimension dimension, double size, String... words) {
    for (String word : words) {
      UNITS.put(word, new Unit(dimension, size));
    }
  }

  private static void scale(double size, String... words) {
    for (String word : words) {
      SCALES.put(word, size);
    }
  }

  private static void period(Period period, String... words) {
    for (String word : words) {
      PERIODS.put(word, period);
      PERIODS.put(word + "s", period);
    }
  }

  private static void adverb(Period period, String... words) {
    for (String word : words) {
      ADVERBS.put(word, period);
    }
  }

  static Unit unit(String lower) {
    return UNITS.get(lower);
  }

  static Double scale(String lower) {
    return SCALES.get(lower);
  }

  static Period period(String lower) {
    return PERIODS.get(lower);
  }

  static Period adverb(String lower) {
    return ADVERBS.get(lower);
  }

  static Double numberWord(String lower) {
    return NUMBER_WORDS.get(lower);
  }

  static boolean isCurrency(String symbol) {
    return symbol.equals("$") || symbol.equals("€") || symbol.equals("£");
  }
}
