package app.receipts.rules;

import java.util.List;
import java.util.Set;

/** A product's version written before the things it names, which {@link Noise} leaves out. */
final class ProductVersions {
  private static final Set<String> RATINGS = Set.of("stars", "points", "pts");
  private static final Set<String> LEADS_INTO_AMOUNTS =
      Set.of(
          "averaging",
          "average",
          "avg",
          "mean",
          "median",
          "roughly",
          "nearly",
          "almost",
          "approximately",
          "approx",
          "now",
          "hit",
          "hits",
          "reached",
          "reaching",
          "below",
          "above",
          "around",
          "about",
          "just",
          "only",
          "barely");

  private ProductVersions() {}

  /**
   * "Kafka 3.6 brokers", "Kubernetes 1.29 nodes", "the dbt 1.7 models": a dotted number between a
   * name and the things it names is the product's version, not a count of them (no one has 3.6
   * brokers). The name is a word written with a capital inside the sentence (not an all-caps
   * acronym such as NPS), or a lowercase word that is neither a function word nor one that leads
   * into an amount ("averaging 2.5 reviewers"). A unit or a scale after the number ("Finance 2.5
   * hours", "processed 2.4 million jobs"), a period after the noun ("now 1.5 pages a week") or a
   * rating ("4.6 stars") keeps it a quantity.
   */
  static boolean at(List<Token> tokens, int at) {
    Token number = tokens.get(at);
    if (!number.isNumber() || number.text().indexOf('.') < 0 || at < 2 || at + 1 >= tokens.size()) {
      return false;
    }
    Token name = tokens.get(at - 1);
    Token next = tokens.get(at + 1);
    if (!name.isWord()
        || !next.isWord()
        || Noise.hasUnit(next)
        || Scales.scaleAt(tokens, at + 1, false) != null) {
      return false;
    }
    int[] counted = Nouns.countNoun(tokens, at + 1);
    if (counted == null
        || Periods.periodAt(tokens, counted[1]) != null
        || RATINGS.contains(tokens.get(counted[1] - 1).lower())) {
      return false;
    }
    String text = name.text();
    boolean capitalised =
        Character.isUpperCase(text.charAt(0))
            && !text.equals(text.toUpperCase(java.util.Locale.ROOT))
            && !tokens.get(at - 2).isBreak();
    boolean lowercase =
        text.equals(name.lower())
            && !Nouns.STOP.contains(name.lower())
            && !LEADS_INTO_AMOUNTS.contains(name.lower());
    return capitalised || lowercase;
  }
}
