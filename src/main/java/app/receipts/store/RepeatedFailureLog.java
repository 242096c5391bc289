package app.receipts.store;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Logs a failure that repeats many times a second (a background task on a full disk) as its first
 * occurrence, then at most one summary a minute while it lasts, then one line when it recovers.
 */
final class RepeatedFailureLog {
  static final long SUMMARY_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final Logger log;
  private final String what;
  private final LongSupplier nanoTime;
  private boolean failing;
  private long failures;
  private long sinceSummary;
  private long summarisedAt;

  RepeatedFailureLog(Logger log, String what, LongSupplier nanoTime) {
    this.log = log;
    this.what = what;
    this.nanoTime = nanoTime;
  }

  synchronized void failed(String detail) {
    failures++;
    long now = nanoTime.getAsLong();
    if (!failing) {
      failing = true;
      summarisedAt = now;
      sinceSummary = 0;
      log.warn("{} failed: {} (while it keeps failing, one summary a minute)", what, detail);
      return;
    }
    sinceSummary++;
    if (now - summarisedAt >= SUMMARY_EVERY_NANOS) {
      log.warn(
          "{} still failing: {} more failures in the last {} s, the latest: {}",
          what,
          sinceSummary,
          TimeUnit.NANOSECONDS.toSeconds(now - summarisedAt),
          detail);
      summarisedAt = now;
      sinceSummary = 0;
    }
  }

  synchronized void succeeded() {
    if (failing) {
      log.info("{} works again after {} failures", what, failures);
      failing = false;
      failures = 0;
    }
  }
}
