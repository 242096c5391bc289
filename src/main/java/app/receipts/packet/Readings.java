package app.receipts.packet;

import app.receipts.entries.Entry;
import app.receipts.rules.Metric;
import app.receipts.rules.Rules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics of each entry, read with the win rules once per distinct text: the short metric line
 * where there is one, the text otherwise. A text without a digit holds no metric and is not read.
 */
final class Readings {
  private final Map<String, List<Metric>> read = new HashMap<>();

  List<Metric> metrics(Entry entry) {
    if (entry.kind() != Entry.Kind.WIN) {
      return List.of();
    }
    String source = entry.hasMetric() ? entry.metric() : entry.text();
    if (source == null || !hasDigit(source)) {
      return List.of();
    }
    return read.computeIfAbsent(source, Rules::metrics);
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
