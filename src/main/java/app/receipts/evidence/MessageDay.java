package app.receipts.evidence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The local day a Slack message was posted, from its ts ("1760000000.000100"). */
final class MessageDay {
  private MessageDay() {}

  static LocalDate of(String ts, ZoneId zone, LocalDate fallback) {
    try {
      long seconds = new BigDecimal(ts).longValue();
      return LocalDate.ofInstant(Instant.ofEpochSecond(seconds), zone);
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}
