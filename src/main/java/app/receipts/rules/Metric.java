package app.receipts.rules;

import java.util.Locale;

/**
 * One measured quantity in a win, as data. Numbers are in the base unit of the dimension (seconds,
 * dollars or the written currency's units, bytes, percentage points, plain counts, multipliers).
 * Exactly one shape is set: {@code before} and {@code after}, or {@code delta}, or {@code value}.
 */
public record Metric(
    String subject,
    Double before,
    Double after,
    Double delta,
    Double value,
    Dimension dimension,
    String unit,
    Direction direction,
    Period period,
    Bound bound) {

  /** The same metric under another subject ("build time" for "cut build time"). */
  public Metric withSubject(String other) {
    return new Metric(
        other, before, after, delta, value, dimension, unit, direction, period, bound);
  }

  public enum Dimension {
    PERCENT,
    DURATION,
    MONEY,
    BYTES,
    COUNT,
    RATIO;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the movement is good for the reader; NONE when the words do not say. */
  public enum Direction {
    BETTER,
    WORSE,
    NONE
  }

  public enum Period {
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public enum Bound {
    UNDER,
    OVER
  }

  /** One line that keeps the subject: "error rate 2.3% → 0.4%", "AWS bill −$14k/month". */
  public String display() {
    return MetricDisplay.of(this);
  }
}
