package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.rules.Metric;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
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
    return reading().strongestFirst();
  }

  /**
   * The ranking together with the metric reading it is built on, for work that needs the metrics of
   * the entries it ranks: each distinct text is read with the win rules once, for both.
   */
  public static Reading reading() {
    return new Reading();
  }

  /** One piece of work's ranking and metric reading, on one thread; take a new one each time. */
  public static final class Reading {
    private final Readings readings = new Readings();
    // by identity: hashing a whole entry record (its text, links and all) on every comparison
    // cost more than reading it
    private final Map<Entry, Strength> strengths = new IdentityHashMap<>();
    private final Comparator<Entry> strongest =
        Comparator.comparing(
            (Entry entry) ->
                strengths.computeIfAbsent(entry, e -> readings.strength(e, e.pinned())),
            Strength.STRONGEST_FIRST);

    private Reading() {}

    public Comparator<Entry> strongestFirst() {
      return strongest;
    }

    /** The metrics the win rules read in {@code text}, read once per distinct text. */
    public List<Metric> metrics(String text) {
      return readings.read(text);
    }
  }
}
