package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second round of general shapes (units, rates, where the subject's head sits, numbers that are
 * names), each proven on sentences written for this test, none of them a corpus line.
 */
class GrammarShapesTest {
  @Test
  void binary_byte_units_are_powers_of_two() {
    Shapes.pair(
        "worker heap from 6 GiB to 2 GiB after the streaming parser",
        "worker heap",
        6 * 0x1p30,
        2 * 0x1p30);
    assertEquals(512 * 0x1p20, Shapes.only("the sidecar now idles at 512 MiB").value(), 1);
  }

  @Test
  void a_singular_noun_per_period_is_a_rate() {
    Metric m = Shapes.only("search gateway now takes 4.5k req/s at lunch peak, up from 1.5k");
    assertAll(
        () -> assertEquals("search gateway", m.subject()),
        () -> assertEquals(1500, m.before(), 1e-6),
        () -> assertEquals(4500, m.after(), 1e-6),
        () -> assertEquals(Period.SECOND, m.period()));
  }

  @Test
  void the_subject_is_the_head_before_a_phrase_that_says_where_or_when() {
    Shapes.pair(
        "time to first paint on the settings page went from 2.8s to 900ms",
        "time to first paint",
        2.8,
        0.9);
    Shapes.pair(
        "index rebuild after each import down from 40 min to 6 min", "index rebuild", 2400, 360);
    Shapes.pair(
        "worker backlog at peak went from 12k to 400 with the new shards",
        "worker backlog",
        12000,
        400);
    Shapes.pair(
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
    assertEquals(Dimension.DURATION, Shapes.only("cold start is 1.5s now").dimension());
  }

  @Test
  void a_count_into_new_things_is_reached_but_split_into_is_how() {
    assertEquals(12, Shapes.only("rolled the storefront out into 12 new markets").value(), 1e-9);
    assertEquals(List.of(), Rules.metrics("broke the epic into three milestones"));
  }

  @Test
  void a_change_verb_reaches_its_by_across_a_long_object() {
    Metric m =
        Shapes.only("reduced the share of abandoned carts on the iPad layout by 12% this sprint");
    assertEquals(-12, m.delta(), 1e-9);
    assertEquals("abandoned carts", m.subject());
  }

  @Test
  void an_amount_between_a_determiner_and_a_noun_describes_that_noun() {
    assertEquals(
        "contract", Shapes.only("which closed the $2.4M contract with the retailer").subject());
  }

  @Test
  void times_in_a_pair_takes_the_verb_it_counts() {
    Shapes.pair("the search team got paged 4 times a week vs ~30 before", "times paged", 30, 4);
  }

  @Test
  void a_linking_verb_is_never_part_of_the_subject_and_a_statistic_ends_the_head() {
    assertEquals("login p95", Shapes.only("login p95 stays below 300ms on 3G").subject());
    assertEquals(
        "signup-to-first-order median",
        Shapes.only("signup-to-first-order median is under 2 days").subject());
  }

  @Test
  void a_scaled_number_is_an_amount_and_a_rate_keeps_its_unit() {
    Metric m = Shapes.only("the events gateway is ~40k at peak");
    assertEquals(40000, m.value(), 1e-6);
    assertEquals(
        "events gateway 40k req/second", Shapes.only("events gateway handled 40k req/s").display());
  }

  @Test
  void a_number_hyphened_to_a_singular_noun_names_a_kind() {
    assertEquals(List.of(), Rules.metrics("answered every 1-star review in the store this week"));
    assertEquals(List.of(), Rules.metrics("stood up a 3-node cluster for the search team"));
  }

  @Test
  void a_counted_noun_may_stand_four_words_after_its_number() {
    Metric m = Shapes.only("rejected 2,300 forged SAML login requests overnight");
    assertEquals("forged SAML login requests rejected", m.subject());
  }

  @Test
  void ratio_verbs_after_a_hedge_and_shares_after_a_verb_of_having() {
    Metric hedged = Shapes.only("median review wait nearly halved after the rota");
    assertEquals("review wait", hedged.subject());
    assertEquals(0.5, hedged.value(), 1e-9);
    Metric share = Shapes.only("the new renderer uses a third of the memory");
    assertEquals("memory", share.subject());
    assertEquals(1.0 / 3, share.value(), 1e-9);
    assertEquals("nodes", Shapes.only("the batch now runs on half the nodes").subject());
  }

  @Test
  void an_intransitive_movement_verb_measures_what_stands_before_it() {
    assertEquals("latency", Shapes.only("latency at p99 fell 45% on the payments API").subject());
  }

  @Test
  void dated_amounts_in_a_row_are_a_before_and_an_after() {
    Shapes.pair("47 open vulns in March, 6 in June", "open vulns", 47, 6);
    Shapes.pair(
        "incident count dropped from 9 last quarter to 2 this quarter", "incident count", 9, 2);
    // over how many periods is not an amount
    Shapes.pair("ticket backlog 212 → 48 in two sprints", "ticket backlog", 212, 48);
  }

  @Test
  void about_after_a_noun_is_a_preposition() {
    assertEquals("support tickets", Shapes.only("support tickets about login down 40%").subject());
  }

  @Test
  void words_between_from_a_number_and_to_name_what_was_measured() {
    Shapes.pair("took the nightly suite from 18% flake rate to 2%", "flake rate", 18, 2);
    // a position word there is not a name
    Shapes.pair("replica lag from 5 minutes behind to 20 seconds", "replica lag", 300, 20);
  }

  @Test
  void a_progressive_after_an_auxiliary_is_the_verb_and_a_final_scaled_number_counts() {
    Shapes.pair("API CPU was sitting at 90%, now 40%", "API CPU", 90, 40);
    assertEquals(80000, Shapes.only("weekly active devices passed 80k").value(), 1e-6);
  }

  @Test
  void a_saving_by_doing_something_is_on_what_was_done_to() {
    Metric m = Shapes.only("saved $6k/month by retiring the old Jenkins fleet");
    assertEquals("old Jenkins fleet cost", m.subject());
    assertEquals(-6000, m.delta(), 1e-6);
  }

  @Test
  void a_level_of_a_share_is_of_what_stands_before() {
    assertEquals("SSO adoption", Shapes.only("SSO adoption at 96% of employees").subject());
  }

  @Test
  void a_moving_rate_counts_and_a_present_verb_after_now_ends_the_subject() {
    Metric m = Shapes.only("chargebacks are down 12 per week");
    assertEquals(-12, m.delta(), 1e-9);
    assertEquals(Period.WEEK, m.period());
    Shapes.pair(
        "the typical deploy now finishes in 4 min, down from 20 min", "typical deploy", 1200, 240);
  }

  @Test
  void points_are_the_unit_of_the_score_or_rate_before_them() {
    Metric score = Shapes.only("eNPS up 12 points since the reorg");
    assertEquals("eNPS", score.subject());
    assertEquals(Dimension.COUNT, score.dimension());
    Metric rate = Shapes.only("trial conversion up 3 points after the paywall change");
    assertEquals("trial conversion", rate.subject());
    assertEquals(Dimension.PERCENT, rate.dimension());
    assertEquals(3, rate.delta(), 1e-9);
  }

  @Test
  void a_duration_after_over_in_an_amounts_clause_is_its_span() {
    assertEquals(1, Rules.metrics("the API held 99.9% availability over 60 days").size());
  }

  @Test
  void minutes_and_seconds_in_one_word_and_a_measure_noun_before_a_counted_unit() {
    Shapes.pair("lint job went from 2m15s to 40s with the cache", "lint job", 135, 40);
    Shapes.pair("average diff size went from ~900 lines to ~200", "diff size", 900, 200);
  }
}
