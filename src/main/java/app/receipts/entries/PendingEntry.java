package app.receipts.entries;

import app.receipts.rules.Metric;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * One caller's row. The leader writes {@code id} or {@code failure} before the volatile {@code
 * done}, then wakes the caller, so a caller that sees done sees the outcome.
 */
final class PendingEntry {
  final Entry entry;
  final List<Metric> metrics;
  final String captureKey;
  final Thread caller;
  volatile boolean done;
  long id;
  RuntimeException failure;

  PendingEntry(Entry entry, List<Metric> metrics, String captureKey, Thread caller) {
    this.entry = entry;
    this.metrics = List.copyOf(metrics);
    this.captureKey = captureKey;
    this.caller = caller;
  }

  void succeed(long id) {
    this.id = id;
    finish();
  }

  void fail(RuntimeException failure) {
    this.failure = failure;
    finish();
  }

  private void finish() {
    done = true;
    if (caller != Thread.currentThread()) {
      LockSupport.unpark(caller);
    }
  }
}
