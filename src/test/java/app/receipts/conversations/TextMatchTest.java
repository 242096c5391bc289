package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextMatchTest {
  private static Entry win(long id, String text) {
    return Entry.win(
            "T",
            "U",
            text,
            null,
            null,
            Competency.DELIVERY,
            List.of(),
            LocalDate.of(2026, 1, 1),
            Instant.EPOCH)
        .withId(id);
  }

  @Test
  void inflections_share_a_stem_and_stop_words_are_dropped() {
    assertEquals(Words.terms("reduce"), Words.terms("reduced"));
    assertEquals(Words.terms("reducing"), Words.terms("reduces"));
    assertEquals(Words.terms("incidents"), Words.terms("incident"));
    assertEquals(List.of(), Words.terms("does not the and of 2026"));
  }

  @Test
  void bm25_ranks_the_entry_sharing_more_and_rarer_words_first_and_never_by_substring() {
    EvidenceIndex index =
        new EvidenceIndex(
            List.of(
                win(1, "Led the incident response for the search outage"),
                win(2, "Wrote the incident review template"),
                win(3, "Categorised the backlog"),
                win(4, "Shipped the search filters")));

    double[] scores = index.scores("owns search outage incidents");

    assertTrue(scores[0] > scores[1] && scores[0] > scores[3], "both rare words beat one");
    assertEquals(0, index.scores("cat")[2], "no substring match: cat is not in categorised");
  }

  @Test
  void recurring_money_and_hours_are_annualised_by_the_stated_rule() {
    assertEquals(
        "$168k",
        Annual.money(14_000 * Annual.times(app.receipts.rules.Metric.Period.MONTH, true), "$"));
    assertEquals(150, 3 * Annual.times(app.receipts.rules.Metric.Period.WEEK, false));
    assertEquals("€4.5k", Annual.money(4_500, "€"));
    assertEquals("1.2M CHF", Annual.money(1_200_000, "chf"));
  }

  @Test
  void an_ask_is_an_amount_or_a_percentage() {
    for (String ask : List.of("$5,000", "5000 USD", "€4k", "10%", "7.5 %")) {
      assertTrue(Ask.parse(ask).isPresent(), ask);
    }
    assertTrue(Ask.parse("  ").isEmpty());
  }
}
