package app.receipts.rules;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Direction;

/** Better or worse from what moved and which way: latency down is better, conversion down worse. */
final class Directions {
  private Directions() {}

  static Direction of(
      String subject, Double before, Double after, Double delta, Dimension dimension, String unit) {
    int movement = 0;
    if (before != null && after != null) {
      movement = Double.compare(after, before);
    } else if (delta != null) {
      movement = delta < 0 ? -1 : 1;
    } else if (dimension == Dimension.RATIO) {
      if (unit.equals("halved")
          || unit.equals("half")
          || unit.equals("third")
          || unit.equals("quarter")) {
        movement = -1;
      } else if (unit.equals("doubled") || unit.equals("tripled")) {
        movement = 1;
      } else {
        return Direction.BETTER;
      }
    }
    if (movement == 0) {
      return Direction.NONE;
    }
    if (dimension == Dimension.MONEY && !higherIsBetter(subject)) {
      return movement < 0 ? Direction.BETTER : Direction.NONE;
    }
    if (lastIsHigher(subject)) {
      return movement > 0 ? Direction.BETTER : Direction.WORSE;
    }
    if (lowerIsBetter(subject) || dimension == Dimension.DURATION && !higherIsBetter(subject)) {
      return movement < 0 ? Direction.BETTER : Direction.WORSE;
    }
    if (higherIsBetter(subject)) {
      return movement > 0 ? Direction.BETTER : Direction.WORSE;
    }
    return Direction.NONE;
  }

  /** "crash-free sessions", "cache hit rate": the word read last decides. */
  private static boolean lastIsHigher(String subject) {
    if (subject == null) {
      return false;
    }
    String text = subject.toLowerCase(java.util.Locale.ROOT);
    boolean higher = false;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ' ' || c == '/' || c == '-') {
        String word = text.substring(start, i);
        if (Words.HIGHER_IS_BETTER.contains(word)) {
          higher = true;
        } else if (Words.LOWER_IS_BETTER.contains(word)) {
          higher = false;
        }
        start = i + 1;
      }
    }
    return higher;
  }

  static boolean lowerIsBetter(String subject) {
    return anyWord(subject, true);
  }

  static boolean higherIsBetter(String subject) {
    return anyWord(subject, false);
  }

  private static boolean anyWord(String subject, boolean lower) {
    if (subject == null || subject.isEmpty()) {
      return false;
    }
    String text = subject.toLowerCase(java.util.Locale.ROOT);
    java.util.Set<String> words = lower ? Words.LOWER_IS_BETTER : Words.HIGHER_IS_BETTER;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c == ' ' || c == '/' || c == '-') {
        if (i > start && words.contains(text.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }
}
