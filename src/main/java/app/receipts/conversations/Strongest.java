package app.receipts.conversations;

import app.receipts.entries.Entry;
import java.util.Comparator;

/**
 * Until the packet's own strength ranking is plugged in: entries with a metric first, then praise
 * from others, newest first within each, and the higher id on the same day.
 */
final class Strongest {
  static final Comparator<Entry> INTERIM =
      Comparator.comparingInt(Strongest::tier)
          .thenComparing(Entry::occurredOn, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Comparator.comparingLong(Entry::id).reversed());

  private Strongest() {}

  private static int tier(Entry entry) {
    if (entry.hasMetric()) {
      return 0;
    }
    return entry.kind() == Entry.Kind.PRAISE ? 1 : 2;
  }
}
