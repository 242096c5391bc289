package app.receipts.packet;

import app.receipts.entries.Entry;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The packet's strength ranking, for other outputs that put evidence strongest first (the rebuttal
 * and bonus packets): pinned entries, then the size of the measured effect, reach, praise and the
 * competency's weight, with recency only breaking ties.
 */
public final class EvidenceRanking {
  private EvidenceRanking() {}

  /**
   * A comparator for one piece of work on one thread: each entry is read once and remembered, so
   * take a new one for each packet rather than keeping it.
   */
  public static Comparator<Entry> strongestFirst() {
    Readings readings = new Readings();
    // by identity: hashing a whole entry record (its text, links and all) on every comparison
    // cost more than reading it
    Map<Entry, Strength> strengths = new IdentityHashMap<>();
    return Comparator.comparing(
        (Entry entry) -> strengths.computeIfAbsent(entry, e -> readings.strength(e, e.pinned())),
        Strength.STRONGEST_FIRST);
  }
}
