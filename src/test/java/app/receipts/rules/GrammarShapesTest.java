package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second round of general shapes (units, rates, where the subject's head sits, numbers that are
 * names), each proven on sentences written for this test, none of them a corpus line.
 */
class GrammarShapesTest {
  private static Metric only(String text) {
    List<Metric> metrics = Rules.metrics(text);
    assertEquals(1, metrics.size(), () -> text + " -> " + metrics);
    return metrics.get(0);
  }

  private static void pair(String text, String subject, double before, double after) {
    Metric m = only(text);
    assertAll(
        text,
        () -> assertEquals(subject, m.subject()),
        () -> assertEquals(before, m.before(), 1e-6 * Math.abs(before)),
        () -> assertEquals(after, m.after(), 1e-6 * Math.abs(after)),
        () -> assertNull(m.delta()));
  }

  @Test
  void binary_byte_units_are_powers_of_two() {
    pair(
        "worker heap from 6 GiB to 2 GiB after the streaming parser",
        "worker heap",
        6 * 0x1p30,
        2 * 0x1p30);
    assertEquals(512 * 0x1p20, only("the sidecar now idles at 512 MiB").value(), 1);
  }

  @Test
  void a_singular_noun_per_period_is_a_rate() {
    Metric m = only("search gateway now takes 4.5k req/s at lunch peak, up from 1.5k");
    assertAll(
        () -> assertEquals("search gateway", m.subject()),
        () -> assertEquals(1500, m.before(), 1e-6),
        () -> assertEquals(4500, m.after(), 1e-6),
        () -> assertEquals(Period.SECOND, m.period()));
  }

  @Test
  void the_subject_is_the_head_before_a_phrase_that_says_where_or_when() {
    pair(
        "time to first paint on the settings page went from 2.8s to 900ms",
        "time to first paint",
        2.8,
        0.9);
    pair("index rebuild after each import down from 40 min to 6 min", "index rebuild", 2400, 360);
    pair(
        "worker backlog at peak went from 12k to 400 with the new shards",
        "worker backlog",
        12000,
        400);
    pair(
        "the nightly dbt run for finance models from 70 min to 25 min",
        "nightly dbt run",
        4200,
        1500);
  }

  @Test
  void status_codes_and_version_changes_are_not_metrics() {
    assertEquals(
        List.of(), Rules.metrics("stopped the importer retrying forever on 429s and 503s"));
    assertEquals(List.of(), Rules.metrics("upgraded the mesh from 1.18 to 1.21 during the freeze"));
    assertEquals(List.of(), Rules.metrics("bumped Ruby from 3.1 to 3.3 in every service"));
    // seconds written the same way are still seconds
    assertEquals(Dimension.DURATION, only("cold start is 1.5s now").dimension());
  }

  @Test
  void a_count_into_new_things_is_reached_but_split_into_is_how() {
    assertEquals(12, only("rolled the storefront out into 12 new markets").value(), 1e-9);
    assertEquals(List.of(), Rules.metrics("broke the epic into three milestones"));
  }

  @Test
  void a_change_verb_reaches_its_by_across_a_long_object() {
    Metric m = only("reduced the share of abandoned carts on the iPad layout by 12% this sprint");
    assertEquals(-12, m.delta(), 1e-9);
    assertEquals("abandoned carts", m.subject());
  }

  @Test
  void an_amount_between_a_determiner_and_a_noun_describes_that_noun() {
    assertEquals("contract", only("which closed the $2.4M contract with the retailer").subject());
  }

  @Test
  void times_in_a_pair_takes_the_verb_it_counts() {
    pair("the search team got paged 4 times a week vs ~30 before", "times paged", 30, 4);
  }
}
