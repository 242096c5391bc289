package app.receipts.rules;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The one-line form of a metric, numbers back in a unit a person would write. */
final class MetricDisplay {
  /** Ratio words that say their factor better than a number does. */
  private static final Map<String, String> RATIO_WORDS =
      Map.of("halved", "halved", "half", "halved", "doubled", "doubled", "tripled", "tripled");

  private static final Pattern LAST_UNIT = Pattern.compile("(\\s?[^\\d\\s.,]+)$");

  private MetricDisplay() {}

  static String of(Metric m) {
    String word = RATIO_WORDS.get(Objects.toString(m.unit(), ""));
    if (m.dimension() == Metric.Dimension.RATIO
        && word != null
        && m.before() == null
        && m.subject() != null
        && !m.subject().isBlank()) {
      // "docker image size halved", not "docker image size 0.5x"
      return m.subject().strip() + " " + word;
    }
    String number;
    if (m.before() != null && m.after() != null) {
      number = pair(m);
    } else if (m.delta() != null && m.delta() < 0 && savedTime(m)) {
      // "time saved for the team 3 h/week": the saving is the subject, so no minus
      number = amount(m, -m.delta());
    } else if (m.delta() != null) {
      String sign = m.delta() < 0 ? "−" : "+";
      number = sign + amount(m, Math.abs(m.delta()));
    } else {
      String bound = m.bound() == null ? "" : m.bound() == Metric.Bound.UNDER ? "under " : "over ";
      number = bound + amount(m, m.value());
    }
    // "30k rps" already says per second: no "rps/second"
    String per =
        m.period() == null
                || Units.RATES.contains(Objects.toString(m.unit(), "").toLowerCase(Locale.ROOT))
            ? ""
            : "/" + m.period().id();
    String subject = m.subject() == null ? "" : m.subject().strip();
    if (subject.isEmpty()) {
      return number + per;
    }
    String unit = m.unit() == null ? "" : m.unit();
    if (m.dimension() == Metric.Dimension.COUNT
        && !unit.isEmpty()
        && !subject.toLowerCase(Locale.ROOT).contains(unit.toLowerCase(Locale.ROOT))) {
      // "ingest API 3.6k req/second": a rate keeps its unit beside what it is a rate of
      return subject + " " + number + " " + unit + per;
    }
    return m.dimension() == Metric.Dimension.COUNT && m.delta() == null && m.before() == null
        ? number + " " + subject + per
        : subject + " " + number + per;
  }

  private static String pair(Metric m) {
    String before = amount(m, m.before());
    String after = amount(m, m.after());
    if (m.dimension() == Metric.Dimension.DURATION && m.after() == 0) {
      after = zeroIn(before);
    } else if (m.dimension() == Metric.Dimension.DURATION && m.before() == 0) {
      before = zeroIn(after);
    }
    return before + " → " + after;
  }

  /** "2 h → 0 h", not "2 h → 0ms": a zero duration is written in the unit beside it. */
  private static String zeroIn(String other) {
    Matcher unit = LAST_UNIT.matcher(other);
    return unit.find() ? "0" + unit.group(1) : "0";
  }

  private static boolean savedTime(Metric m) {
    return m.dimension() == Metric.Dimension.DURATION
        && m.subject() != null
        && m.subject().contains(SingleSubjects.TIME_SAVED);
  }

  static String amount(Metric m, double base) {
    return switch (m.dimension()) {
      case PERCENT -> plain(base) + "%";
      case RATIO -> plain(base) + "x";
      case COUNT -> scaled(base, "");
      case MONEY -> currency(m.unit()) + scaled(base, "");
      case BYTES -> bytes(base);
      case DURATION -> duration(base);
    };
  }

  private static String currency(String unit) {
    if (unit == null) {
      return "$";
    }
    if (unit.contains("€") || unit.toLowerCase(Locale.ROOT).contains("eur")) {
      return "€";
    }
    return unit.contains("£") ? "£" : "$";
  }

  private static String scaled(double v, String unit) {
    if (Math.abs(v) >= 1e9) {
      return plain(v / 1e9) + "B" + unit;
    }
    if (Math.abs(v) >= 1e6) {
      return plain(v / 1e6) + "M" + unit;
    }
    if (Math.abs(v) >= 1e4) {
      return plain(v / 1e3) + "k" + unit;
    }
    return plain(v) + unit;
  }

  private static String bytes(double v) {
    String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
    int i = 0;
    while (i < units.length - 1 && Math.abs(v) >= 1000) {
      v /= 1000;
      i++;
    }
    return plain(v) + " " + units[i];
  }

  private static String duration(double seconds) {
    double s = Math.abs(seconds);
    if (s < 1) {
      return plain(seconds * 1000) + "ms";
    }
    if (s < 120) {
      return plain(seconds) + "s";
    }
    if (s < 7200) {
      return plain(seconds / 60) + " min";
    }
    if (s < 172800) {
      return hours(seconds);
    }
    if (s < 1209600) {
      return plain(seconds / 86400) + " days";
    }
    if (s < 31536000 && whole(s, MONTH)) {
      // "2 months" read as 60 days: shown as written, not as "8.571 weeks"
      return counted(seconds / MONTH, "month");
    }
    if (s < 31536000) {
      return plain(seconds / 604800) + " weeks";
    }
    return counted(seconds / 31536000, "year");
  }

  private static final double MONTH = 2592000;

  private static boolean whole(double seconds, double unit) {
    double n = seconds / unit;
    return Math.abs(n - Math.rint(n)) < 1e-9;
  }

  /** "1 month", "3 months", "1.5 years". */
  private static String counted(double n, String unit) {
    return plain(n) + " " + unit + (Math.abs(n) == 1 ? "" : "s");
  }

  /** Quarter hours as a decimal ("1.5 h"); other whole minutes as written ("2 h 10 min"). */
  private static String hours(double seconds) {
    double s = Math.abs(seconds);
    long minutes = Math.round(s / 60);
    boolean wholeMinutes = Math.abs(s - minutes * 60) < 0.5;
    if (!wholeMinutes || minutes % 15 == 0) {
      return plain(seconds / 3600) + " h";
    }
    return (seconds < 0 ? "-" : "") + minutes / 60 + " h " + minutes % 60 + " min";
  }

  static String plain(double v) {
    BigDecimal rounded = new BigDecimal(v).round(new java.math.MathContext(4));
    return rounded.stripTrailingZeros().toPlainString();
  }
}
