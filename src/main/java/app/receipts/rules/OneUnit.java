package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import java.util.Set;

/** "a week early", "under a day", "within the hour": one of a duration unit, written as a word. */
final class OneUnit {
  private static final Set<String> ONE_BEFORE =
      Set.of(
          "under", "within", "inside", "below", "than", "to", "from", "in", "about", "nearly",
          "almost", "over");

  private static final Set<String> ONE_AFTER =
      Set.of("early", "ahead", "earlier", "late", "sooner", "faster", "before");

  private OneUnit() {}

  /** "a week early", "under a day", "to an hour": one of the unit. */
  static Quantity oneUnit(List<Token> tokens, int at) {
    Units.Unit unit = Units.unit(tokens.get(at + 1).lower());
    if (unit == null
        || unit.dimension() != Dimension.DURATION
        || tokens.get(at + 1).text().length() < 3) {
      return null;
    }
    boolean before = at > 0 && ONE_BEFORE.contains(tokens.get(at - 1).lower());
    if (tokens.get(at).is("every")) {
      before = Noise.changedCadence(tokens, at);
    }
    if (tokens.get(at).is("the")) {
      // "within the hour"
      before = at > 0 && (tokens.get(at - 1).is("within") || tokens.get(at - 1).is("inside"));
      if (!before) {
        return null;
      }
    }
    boolean after = at + 2 < tokens.size() && ONE_AFTER.contains(tokens.get(at + 2).lower());
    if (!before && !after) {
      return null;
    }
    return new Quantity(
        unit.size(), Dimension.DURATION, tokens.get(at + 1).text(), null, at, at + 2, 0, -1, -1);
  }
}
