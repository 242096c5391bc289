package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClausesTest {
  @Test
  void closing_punctuation_goes_but_an_emoji_keeps_its_colons() {
    assertEquals("fixed the flaky bug :rocket:", Clauses.clause("fixed the flaky bug :rocket:"));
    assertEquals("thanks :+1:", Clauses.clause("thanks :+1:!"));
    assertEquals("shipped the exporter", Clauses.clause("shipped the exporter."));
    assertEquals("wrote the doc", Clauses.clause("wrote the doc: "));
    assertEquals("moved the job to 10:30", Clauses.clause("moved the job to 10:30:"));
  }
}
