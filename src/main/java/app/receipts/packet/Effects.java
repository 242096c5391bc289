package app.receipts.packet;

import app.receipts.rules.Metric;
import java.util.List;
import java.util.Locale;

/**
 * How big a measured change is, on one scale for every kind of metric: a relative change counts by
 * how many times better it is, money by its yearly amount, time by the hours it saves a year. A
 * lone count ("23 pages") or a level ("adoption 34%") proves work was done, not how much it moved.
 */
final class Effects {
  private Effects() {}

  /**
   * @param points the size on one scale: about 3 for a change to 2.7 times better, 5 for $100k a
   *     year, 5.5 for 250 hours a year
   * @param note what the points are made of, when the metric's line does not already say it
   *     ("−83%", "about $168k a year"); empty otherwise
   */
  record Effect(Metric metric, double points, String note) {
    static final Effect NONE = new Effect(null, 0, "");
  }

  static Effect largest(List<Metric> metrics) {
    Effect best = Effect.NONE;
    for (Metric metric : metrics) {
      Effect effect = of(metric);
      if (effect.points() > best.points()) {
        best = effect;
      }
    }
    return best;
  }

  static Effect of(Metric m) {
    if (m.direction() == Metric.Direction.WORSE) {
      return new Effect(m, 0, "");
    }
    double trust = m.subject() == null || m.subject().isBlank() ? 0.7 : 1.0;
    if (m.before() != null && m.after() != null) {
      return changed(m, trust);
    }
    Double amount = m.delta() != null ? m.delta() : m.value();
    if (amount == null) {
      return new Effect(m, 0, "");
    }
    double size = Math.abs(amount);
    boolean delta = m.delta() != null;
    return switch (m.dimension()) {
      case MONEY -> money(m, size, trust);
      case DURATION -> m.period() == null ? new Effect(m, delta ? 1.5 : 0.3, "") : hours(m, size);
      case PERCENT -> {
        if (!delta) {
          yield new Effect(m, 1 + Math.min(size, 100) / 100, "");
        }
        double factor = amount < 0 && size < 100 ? 100 / (100 - size) : 1 + size / 100;
        yield new Effect(m, 0.8 * trust * times(factor), "");
      }
      case RATIO -> new Effect(m, trust * times(size), "");
      case COUNT -> new Effect(m, delta ? 0.6 * Math.log1p(size) : 0.3, "");
      case BYTES -> new Effect(m, delta ? 1.0 : 0.3, "");
    };
  }

  private static Effect changed(Metric m, double trust) {
    double before = Math.abs(m.before());
    double after = Math.abs(m.after());
    double low = Math.min(before, after);
    double factor = low == 0 ? 20 : Math.max(before, after) / low;
    String note = "";
    if (before > 0) {
      long percent = Math.round((m.after() - m.before()) / before * 100);
      note = percent == 0 ? "" : (percent < 0 ? "−" : "+") + Math.abs(percent) + "%";
    }
    return new Effect(m, trust * times(factor), note);
  }

  /** Three points for each e-fold: 2.7 times better is 3, 8.6 times (1.8 s → 210 ms) is 6.4. */
  private static double times(double factor) {
    return 3 * Math.log(Math.min(Math.max(factor, 1), 20));
  }

  private static Effect money(Metric m, double size, double trust) {
    double yearly = size * perYear(m.period());
    double points = trust * Math.max(0, 1.2 * Math.log10(Math.max(yearly, 1)) - 1);
    String note =
        m.period() == null || m.period() == Metric.Period.YEAR
            ? ""
            : "about " + currency(m.unit()) + compact(yearly) + " a year";
    return new Effect(m, points, note);
  }

  private static Effect hours(Metric m, double seconds) {
    double yearly = seconds * perYear(m.period()) / 3600;
    String note =
        m.period() == Metric.Period.YEAR ? "" : "about " + compact(yearly) + " hours a year";
    return new Effect(m, Math.log1p(yearly), note);
  }

  private static double perYear(Metric.Period period) {
    if (period == null) {
      return 1;
    }
    return switch (period) {
      case SECOND -> 31_536_000;
      case MINUTE -> 525_600;
      case HOUR -> 8_760;
      case DAY -> 365;
      case WEEK -> 52;
      case MONTH -> 12;
      case QUARTER -> 4;
      case YEAR -> 1;
    };
  }

  private static String currency(String unit) {
    if (unit != null && (unit.contains("€") || unit.toLowerCase(Locale.ROOT).contains("eur"))) {
      return "€";
    }
    return unit != null && unit.contains("£") ? "£" : "$";
  }

  /** 168000 as "168k", 1200000 as "1.2M", 260 as "260". */
  static String compact(double v) {
    if (v >= 1e6) {
      return trimmed(v / 1e6) + "M";
    }
    if (v >= 1e4) {
      return trimmed(v / 1e3) + "k";
    }
    return Long.toString(Math.round(v));
  }

  private static String trimmed(double v) {
    return v >= 100
        ? Long.toString(Math.round(v))
        : String.format(Locale.ROOT, "%.1f", v).replace(".0", "");
  }
}
