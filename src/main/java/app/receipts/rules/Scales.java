package app.receipts.rules;

import java.util.List;

/**
 * A number's digits and its scale word: "2,400", "14k", "2.4 million", "5m" (minutes, or millions
 * of a counted noun).
 */
final class Scales {
  private Scales() {}

  static int skipHyphen(List<Token> tokens, int i) {
    return i + 1 < tokens.size() && tokens.get(i).is("-") && tokens.get(i).glued() ? i + 1 : i;
  }

  static Double scaleAt(List<Token> tokens, int i, boolean money) {
    Token t = tokens.get(i);
    Double scale = Units.scale(t.lower());
    if (scale == null) {
      return null;
    }
    if (money || t.text().length() > 1 || t.text().equals("K") || t.text().equals("k")) {
      return t.text().length() == 1 && !t.glued() && !money ? null : scale;
    }
    if (t.text().equals("M") || t.text().equals("B")) {
      return t.glued() ? scale : null;
    }
    // "5m" is five minutes unless a counted noun follows: "2.4m jobs"
    return t.glued() && Nouns.countNoun(tokens, i + 1) != null ? scale : null;
  }

  static double parse(String number) {
    String digits = number.replace(",", "");
    if (digits.indexOf('.') != digits.lastIndexOf('.')) {
      return Double.NaN;
    }
    try {
      return Double.parseDouble(digits);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
