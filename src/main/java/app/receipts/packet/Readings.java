package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.rules.Metric;
import app.receipts.rules.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of each entry, read with the win rules once per distinct text: the short metric line
 * where there is one, the text otherwise. Reading a text costs tens of microseconds, too much for
 * every entry of a 20,000-entry history, so a text is read only when a number in it looks like a
 * measurement (a unit, a currency, a percentage or an arrow next to it); plain counts ("3 new
 * hires") are reach, which {@link Scope} reads cheaply.
 */
final class Readings {
  private final Map<String, List<Metric>> read = new HashMap<>();

  List<Metric> metrics(Entry entry) {
    if (entry.kind() != Entry.Kind.WIN) {
      return List.of();
    }
    if (entry.hasMetric()) {
      return hasDigit(entry.metric())
          ? read.computeIfAbsent(entry.metric(), Rules::metrics)
          : List.of();
    }
    String text = entry.text();
    if (text == null || !looksMeasured(text)) {
      return List.of();
    }
    return read.computeIfAbsent(text, Rules::metrics);
  }

  /** The metrics of any text, as the win rules read it; for outputs reusing this reading. */
  List<Metric> read(String text) {
    return read.computeIfAbsent(text, Rules::metrics);
  }

  /** The metrics in the text itself, for the few wins a draft sentence is written from. */
  List<Metric> textMetrics(Entry entry) {
    String text = entry.text();
    if (text == null || !hasDigit(text)) {
      return List.of();
    }
    return read.computeIfAbsent(text, Rules::metrics);
  }

  Strength strength(Entry entry, boolean pinned) {
    Scope scope = Scope.read(entry.text(), entry.impact(), entry.metric());
    return Strength.of(entry, Effects.largest(metrics(entry)), scope, pinned);
  }

  /**
   * Whether the win carries a measured result: a metric line, or a number in its text or impact
   * that the win rules read as a metric. A version ("Java 11 to 17"), a ticket or a number the
   * rules could not read ("was 1200/day, now 0") is not one, so such a win is offered a metric like
   * one with no digit at all. The digits of a name ("p95", "v2", "Q3") are never a number.
   */
  boolean measured(Entry win) {
    if (win.hasMetric()) {
      return true;
    }
    return statesNumber(win.text()) && !read(win.text()).isEmpty()
        || statesNumber(win.impact()) && !read(win.impact()).isEmpty();
  }

  private static boolean statesNumber(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** A digit with a unit, currency, percent sign or arrow beside it: "24m", "$14k", "2.3%". */
  static boolean looksMeasured(String text) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (!isDigit(text.charAt(i))) {
        continue;
      }
      int before = i - 1;
      while (before >= 0 && text.charAt(before) == ' ') {
        before--;
      }
      if (before >= 0 && "$€£~≈−+-".indexOf(text.charAt(before)) >= 0) {
        return true;
      }
      int after = i;
      while (after < length
          && (isDigit(text.charAt(after)) || ".,".indexOf(text.charAt(after)) >= 0)) {
        after++;
      }
      while (after < length && text.charAt(after) == ' ') {
        after++;
      }
      if (after < length && "%$€£xX→kKmMsShHdDwWbB".indexOf(text.charAt(after)) >= 0) {
        return true;
      }
      if (after + 1 < length && text.charAt(after) == '-' && text.charAt(after + 1) == '>') {
        return true;
      }
      i = after;
    }
    return false;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }
}
