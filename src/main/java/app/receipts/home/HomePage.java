package app.receipts.home;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.List;
import java.util.Map;

/** Everything App Home shows for one person, one page of entries at a time. */
record HomePage(
    String quarterLabel,
    Map<Competency, Integer> thisQuarter,
    Map<Competency, Integer> allTime,
    List<Entry> entries,
    int page,
    int totalEntries,
    String reminders) {
  static final int PAGE_SIZE = 20;

  boolean hasOlder() {
    return (page + 1) * PAGE_SIZE < totalEntries;
  }

  boolean hasNewer() {
    return page > 0;
  }
}
