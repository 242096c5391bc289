package app.receipts.packet;

import app.receipts.entries.EntryReads;
import app.receipts.slack.Dates;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A period with none of the person's entries is answered at once, with where their entries are,
 * rather than building and uploading a packet of zeros.
 */
final class EmptyPeriod {
  private static final LocalDate EVER_FROM = LocalDate.of(1, 1, 1);
  private static final LocalDate EVER_TO = LocalDate.of(9999, 12, 31);

  private final EntryReads entries;

  EmptyPeriod(EntryReads entries) {
    this.entries = entries;
  }

  /**
   * What to tell the person instead of building, when {@code period} holds none of their entries.
   */
  Optional<String> notice(String teamId, String userId, Period period) {
    if (entries.firstDay(teamId, userId, period.start(), period.end()).isPresent()) {
      return Optional.empty();
    }
    Optional<LocalDate> before =
        entries.lastDay(teamId, userId, EVER_FROM, period.start().minusDays(1));
    Optional<LocalDate> after = entries.firstDay(teamId, userId, period.end().plusDays(1), EVER_TO);
    return Optional.of(text(period, before, after));
  }

  static String text(Period period, Optional<LocalDate> before, Optional<LocalDate> after) {
    if (before.isEmpty() && after.isEmpty()) {
      return "You have no entries yet, so there is nothing to put in a packet. Log your first"
          + " with `/win` and what you did, e.g. `/win Cut CI time from 24 to 9 min`.";
    }
    String none = "No entries between " + between(period);
    if (before.isEmpty()) {
      return none + "; your first is " + Dates.day(after.get()) + ".";
    }
    if (after.isEmpty()) {
      return none + "; your latest is " + Dates.day(before.get()) + ".";
    }
    return none
        + "; the closest are "
        + Dates.day(before.get())
        + " before it and "
        + Dates.day(after.get())
        + " after.";
  }

  /** "Jan 1 and Dec 31, 2025", or with both years when they differ. */
  private static String between(Period period) {
    LocalDate start = period.start();
    LocalDate end = period.end();
    String from = start.getYear() == end.getYear() ? Dates.monthDay(start) : Dates.day(start);
    return from + " and " + Dates.day(end);
  }
}
