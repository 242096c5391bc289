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
   * One line of the review: {@code shown} are the {@code matched} entries that answer it best, best
   * first; the counts are over all of them.
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
   * The growth area: the one the person named ({@code own}), else the competency with the least
   * evidence for its weight ({@code count} entries) that no disputed point is about; {@code
   * competency} is null when they named one or when every competency is disputed.
   */
  record Growth(String own, Competency competency, int count) {}
}
