package app.receipts.conversations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a text match compares: lower case, stop words dropped, and a light suffix stemmer so
 * that "reduce", "reduced" and "reducing" are one term. Deterministic and locale-independent.
 */
final class Words {
  private static final Set<String> STOP =
      Set.of(
          "a",
          "about",
          "above",
          "after",
          "again",
          "against",
          "all",
          "also",
          "am",
          "an",
          "and",
          "any",
          "are",
          "as",
          "at",
          "be",
          "because",
          "been",
          "before",
          "being",
          "below",
          "between",
          "both",
          "but",
          "by",
          "can",
          "could",
          "did",
          "do",
          "does",
          "doing",
          "down",
          "during",
          "each",
          "enough",
          "even",
          "ever",
          "few",
          "for",
          "from",
          "further",
          "had",
          "has",
          "have",
          "having",
          "he",
          "her",
          "here",
          "hers",
          "him",
          "his",
          "how",
          "i",
          "if",
          "in",
          "into",
          "is",
          "it",
          "its",
          "itself",
          "just",
          "lack",
          "lacks",
          "lacked",
          "less",
          "me",
          "more",
          "most",
          "much",
          "must",
          "my",
          "need",
          "needs",
          "no",
          "nor",
          "not",
          "now",
          "of",
          "off",
          "often",
          "on",
          "once",
          "only",
          "or",
          "other",
          "our",
          "ours",
          "out",
          "over",
          "own",
          "quite",
          "rarely",
          "rather",
          "really",
          "same",
          "she",
          "should",
          "so",
          "some",
          "such",
          "than",
          "that",
          "the",
          "their",
          "them",
          "then",
          "there",
          "these",
          "they",
          "this",
          "those",
          "through",
          "to",
          "too",
          "under",
          "until",
          "up",
          "us",
          "very",
          "was",
          "we",
          "were",
          "what",
          "when",
          "where",
          "which",
          "while",
          "who",
          "whom",
          "why",
          "will",
          "with",
          "without",
          "would",
          "you",
          "your",
          "yours",
          "seems",
          "seem",
          "sometimes",
          "always",
          "never",
          "one",
          "two",
          "get",
          "got",
          "make",
          "made",
          "way",
          "lot",
          "lots",
          "thing",
          "things",
          "etc",
          "via",
          "per");

  /**
   * Words the stemmer leaves whole because their stem is a different word: "billing" (a product
   * area) is not "bill" (an invoice).
   */
  private static final Set<String> WHOLE = Set.of("billing");

  private Words() {}

  /** The terms of {@code text}, in order, repeats kept (BM25 counts them). */
  static List<String> terms(String text) {
    List<String> terms = new ArrayList<>();
    if (text == null) {
      return terms;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= lower.length(); i++) {
      boolean word = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        add(terms, lower.substring(start, i));
        start = -1;
      }
    }
    return terms;
  }

  private static void add(List<String> terms, String word) {
    if (word.length() < 2 || STOP.contains(word) || isNumber(word)) {
      return;
    }
    terms.add(stem(word));
  }

  private static boolean isNumber(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** A light stemmer: enough to join a word's inflections, never a dictionary. */
  static String stem(String word) {
    if (WHOLE.contains(word)) {
      return word;
    }
    String w = word;
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.length() > 5 && w.endsWith("ing")) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.length() > 4 && w.endsWith("ed")) {
      w = undouble(w.substring(0, w.length() - 2));
    } else if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 5 && w.endsWith("ly")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 7 && w.endsWith("ment")) {
      w = w.substring(0, w.length() - 4);
    } else if (w.length() > 7 && w.endsWith("ation")) {
      w = w.substring(0, w.length() - 5);
    }
    if (w.length() > 4 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
