package app.receipts.conversations;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.packet.Period;
import java.util.List;

/**
 * A prepared answer to a review: each disputed point with the entries that answer it, and the one
 * growth area the person acknowledges. {@code manager} may be null; {@code people} names authors.
 */
record Rebuttal(
    String person,
    Period period,
    String manager,
    int entriesRead,
    List<Point> points,
    Growth growth,
    Names people) {

  /**
   * One line of the review: {@code shown} are the strongest of the {@code matched} entries that
   * answer it; the counts are over all of them.
   */
  record Point(
      int number,
      String claim,
      Competency competency,
      List<Entry> shown,
      int matched,
      int onCompetency,
      int withMetrics,
      int fromTeammates) {
    boolean unanswered() {
      return matched == 0;
    }
  }

  /**
   * The growth area: a disputed point nothing answers ({@code point} set), or else the competency
   * with the least evidence for its weight ({@code competency}, with its {@code count}).
   */
  record Growth(Point point, Competency competency, int count) {}
}
