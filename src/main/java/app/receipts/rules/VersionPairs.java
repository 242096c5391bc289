package app.receipts.rules;

import java.util.List;

/**
 * A from → to of two bare numbers that is a version change, not a metric: "upgraded the cluster
 * from 1.27 to 1.29", "bumped Node from 18 to 20", "Terraform 1.5 → 1.9".
 */
final class VersionPairs {
  private static final String[] VERBS = {"upgrad", "bump", "updat", "pinn", "pin"};

  private VersionPairs() {}

  /** {@code first} and {@code second} are the two bare quantities, {@code start} the first's. */
  static boolean isVersion(List<Token> tokens, Quantity first, Quantity second) {
    if (!first.bare() || !second.bare()) {
      return false;
    }
    int start = first.start();
    int name = start - 1;
    if (name >= 0 && tokens.get(name).is("from")) {
      name--;
    }
    if (name >= 0 && Noise.named(tokens.get(name))) {
      return true;
    }
    for (int i = start - 1; i >= 0 && start - i <= 8; i--) {
      Token t = tokens.get(i);
      if (t.is(".") || t.is(";") || t.is("!") || t.is("?")) {
        return false;
      }
      for (String verb : VERBS) {
        if (t.isWord() && t.lower().startsWith(verb)) {
          return true;
        }
      }
    }
    return false;
  }
}
