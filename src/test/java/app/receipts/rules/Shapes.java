package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

/** What the phrase-shape tests assert of one sentence: its single metric, or its from → to. */
final class Shapes {
  private Shapes() {}

  static Metric only(String text) {
    List<Metric> metrics = Rules.metrics(text);
    assertEquals(1, metrics.size(), () -> text + " -> " + metrics);
    return metrics.get(0);
  }

  static void pair(String text, String subject, double before, double after) {
    Metric m = only(text);
    assertAll(
        text,
        () -> assertEquals(subject, m.subject()),
        () -> assertEquals(before, m.before(), 1e-6 * Math.abs(before)),
        () -> assertEquals(after, m.after(), 1e-6 * Math.abs(after)),
        () -> assertNull(m.delta()));
  }
}
