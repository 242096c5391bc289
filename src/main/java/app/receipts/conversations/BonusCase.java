package app.receipts.conversations;

import app.receipts.entries.Entry;
import app.receipts.packet.Period;
import app.receipts.rules.Metric;
import java.util.List;

/**
 * The case for a bonus: the person's measured wins grouped by outcome, with totals where the units
 * add up, each win tied to a stated goal where the words match, and the three to lead with.
 */
record BonusCase(
    String person,
    Period period,
    List<String> goals,
    String ask,
    int entriesRead,
    List<Group> groups,
    List<Win> top,
    Names people) {

  /** One metric of one entry; {@code goal} is the stated goal it serves, or null. */
  record Win(Entry entry, Metric metric, Outcome outcome, String goal) {}

  /**
   * An outcome's wins (the first {@code shown} of them listed), its totals, and why any of its
   * numbers were not added up ({@code notSummed}, or null) with the entries they came from.
   */
  record Group(
      Outcome outcome,
      List<Win> wins,
      int shown,
      List<Total> totals,
      String notSummed,
      List<Long> unsummed) {}

  /** A sum, as said ("$168k a year"), with the entries it adds up, the largest first. */
  record Total(String said, List<Long> ids) {}

  /** How many wins serve each goal, in the order the goals were given. */
  long serving(String goal) {
    return groups.stream()
        .flatMap(g -> g.wins().stream())
        .filter(w -> goal.equals(w.goal()))
        .count();
  }
}
