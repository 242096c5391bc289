package app.receipts.packet;

import app.receipts.entries.Entry;
import java.util.Comparator;

/**
 * How strong one entry is as evidence: the size of its measured effect, the reach its words name,
 * praise from someone else, and the rubric weight of its competency. Recency only breaks ties.
 */
record Strength(Entry entry, double score, Effects.Effect effect, Scope scope, boolean pinned) {

  /** Praise is someone else's word for the work: worth a clear measured change. */
  static final double PRAISE = 2.6;

  static final Comparator<Strength> STRONGEST_FIRST =
      Comparator.comparing(Strength::pinned)
          .thenComparingDouble(Strength::score)
          .thenComparing(s -> Packet.dayOf(s.entry()))
          .thenComparingLong(s -> s.entry().id())
          .reversed();

  static Strength of(Entry entry, Effects.Effect effect, Scope scope, boolean pinned) {
    double evidence;
    if (entry.kind() == Entry.Kind.PRAISE) {
      evidence = PRAISE + 0.5 * scope.points();
    } else {
      double told = PacketText.oneLine(entry.impact()).isEmpty() ? 0.2 : 0.4;
      evidence = effect.points() + scope.points() + told + (entry.links().isEmpty() ? 0 : 0.1);
    }
    double weight = 0.9 + entry.competency().weightPercent() / 100.0;
    return new Strength(entry, evidence * weight, effect, scope, pinned);
  }

  boolean measured() {
    return effect.metric() != null;
  }

  /**
   * Why this entry is a highlight, in one line: "largest effect: error rate 2.3% → 0.4%, −83%",
   * "praised by Dana", "pinned by you".
   *
   * @param largest whether its effect is the largest among the highlights
   */
  String reason(String author, boolean largest) {
    if (pinned) {
      return "pinned by you";
    }
    if (entry.kind() == Entry.Kind.PRAISE) {
      return "praised by " + author;
    }
    if (measured() && effect.points() >= scope.points() && effect.points() > 0.5) {
      String note = effect.note().isEmpty() ? "" : ", " + effect.note();
      return (largest ? "largest effect: " : "measured effect: ")
          + effect.metric().display()
          + note;
    }
    if (!scope.describe().isEmpty()) {
      return scope.describe();
    }
    if (measured()) {
      return "has a number: " + effect.metric().display();
    }
    return PacketText.oneLine(entry.impact()).isEmpty()
        ? "recent, without a number yet"
        : "stated impact, without a number yet";
  }
}
