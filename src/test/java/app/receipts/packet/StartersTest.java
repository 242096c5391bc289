package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.entries.Competency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StartersTest {

  @ParameterizedTest(name = "[{index}] {3}")
  @CsvSource(
      delimiter = ';',
      nullValues = "null",
      value = {
        "reduced p95 search latency from 1.8s to 210ms by adding a composite index;"
            + "keeps the mobile clients fast;null;"
            + "Reduced p95 search latency from 1.8s to 210ms by adding a composite index,"
            + " which keeps the mobile clients fast.",
        "Shipped the export API...;so support can self-serve.;null;"
            + "Shipped the export API, so support can self-serve.",
        "cut CI time from 24 to 9 minutes!!;Keeps releases daily;CI 24m → 9m;"
            + "Cut CI time from 24 to 9 minutes, which keeps releases daily (CI 24m → 9m).",
        "fixed the nightly export;saving the data team two hours;export 2h → 6m.;"
            + "Fixed the nightly export, saving the data team two hours (export 2h → 6m).",
        "debugged the 502s;Mobile checkout errors dropped.;null;"
            + "Debugged the 502s. Mobile checkout errors dropped.",
        "sped up search;API clients stay under 200ms;null;"
            + "Sped up search. API clients stay under 200ms.",
        "cut p95 from 1.8s to 210ms;null;1.8s to 210ms;Cut p95 from 1.8s to 210ms.",
        "'- # wrote the on-call runbook\n  with a checklist';null;null;"
            + "Wrote the on-call runbook with a checklist.",
        "élagué the legacy importer;'';'';Élagué the legacy importer.",
        "Did it.;It helped.;x.;Did it. It helped (x).",
        "'  ';impact;metric;''",
      })
  void builds_capitalised_single_period_sentences(
      String text, String impact, String metric, String expected) {
    var win = PacketFixtures.win(1, "2026-03-03", Competency.DELIVERY, text, impact, metric);
    assertEquals(expected, Starters.sentence(win));
  }
}
