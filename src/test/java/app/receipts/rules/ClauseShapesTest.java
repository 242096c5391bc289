package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eighth rules round's general shapes, each proven on sentences written for this test, none of
 * them a corpus line.
 */
class ClauseShapesTest {
  @Test
  void a_past_clause_and_a_present_clause_are_a_before_and_an_after() {
    Shapes.pair(
        "the sync job was opening 300 connections, now opens 12 thanks to pooling",
        "connections",
        300,
        12);
    Shapes.pair(
        "bot signups were 18% of all new accounts and are down to 3%", "bot signups", 18, 3);
    Shapes.pair(
        "the export now finishes in 8 minutes; it used to take 45 minutes", "export", 2700, 480);
    Shapes.pair(
        "search p95 sits at 180ms now on the busiest shard of the cluster, it was hovering near"
            + " 900ms",
        "search p95",
        0.9,
        0.18);
  }

  @Test
  void clauses_without_a_contrast_or_with_a_subject_of_their_own_stay_apart() {
    assertEquals(2, Rules.metrics("the scan was 12 minutes; the deploy takes 3 minutes").size());
    assertEquals(
        2, Rules.metrics("the lint step was 4 minutes and the test step is now 9 minutes").size());
  }

  @Test
  void a_percentage_before_a_comparative_measures_the_noun_after_it() {
    Metric fewer = Shapes.only("the new onboarding flow gets 35% fewer support tickets");
    assertEquals("support tickets", fewer.subject());
    assertEquals(-35, fewer.delta(), 1e-9);
    Metric more = Shapes.only("we saw 12% more signups after the redesign");
    assertEquals("signups", more.subject());
    assertEquals(12, more.delta(), 1e-9);
  }

  @Test
  void a_statistic_or_a_bound_symbol_inside_a_pair_is_neither_its_name_nor_a_break() {
    Shapes.pair("build wait from 14 min avg to 90 s", "build wait", 840, 90);
    Shapes.pair("replica lag from 3 min to < 5 s after the resize", "replica lag", 180, 5);
    Shapes.pair("cold start from 2.4s to ≤ 800ms", "cold start", 2.4, 0.8);
  }

  @Test
  void a_verb_between_a_noun_and_a_preposition_keeps_the_noun_as_the_subject() {
    Shapes.pair(
        "cut JavaScript served to the login page from 900 KB to 300 KB",
        "JavaScript served",
        900e3,
        300e3);
    Shapes.pair(
        "reduced rows scanned per query from 4M to 200k", "rows scanned per query", 4e6, 2e5);
    Shapes.pair("latency dropped on the checkout API from 800ms to 200ms", "latency", 0.8, 0.2);
  }

  @Test
  void a_head_that_ends_in_a_unit_word_survives_a_preposition_after_it() {
    Shapes.pair(
        "time to first byte on the status page went from 900ms to 200ms",
        "time to first byte",
        0.9,
        0.2);
  }

  @Test
  void a_duration_after_a_past_verb_with_no_noun_is_that_verbs() {
    var metrics = Rules.metrics("outage drill: acknowledged in 3 min, resolved in 25 min");
    assertEquals(2, metrics.size(), metrics::toString);
    assertEquals("acknowledged", metrics.get(0).subject());
    assertEquals("resolved", metrics.get(1).subject());
    assertEquals("restored", Shapes.only("we restored it in 40 minutes").subject());
  }

  @Test
  void an_estimate_or_a_plan_ahead_of_an_amount_is_the_before_of_what_it_came_to() {
    Shapes.pair("the reindex was estimated at 2 days but took 5 hours", "reindex", 172800, 18000);
    Shapes.pair(
        "the migration was planned for 6 weeks and landed in 4", "migration", 3628800, 2419200);
  }

  @Test
  void an_irregular_past_tense_is_a_verb_and_its_participle_opens_a_relative_clause() {
    assertEquals(
        "cloud credits",
        Shapes.only("won $25k of cloud credits from the startup program").subject());
    Shapes.pair("bugs caught in review went from 12 to 30 a month", "bugs caught", 12, 30);
  }

  @Test
  void time_of_some_work_that_went_away_is_a_saving_on_that_work() {
    Metric m = Shapes.only("the new bot means ~6 hours a month of release busywork gone");
    assertEquals("release busywork", m.subject());
    assertEquals(-6 * 3600, m.delta(), 1e-9);
    assertEquals(Metric.Period.MONTH, m.period());
    assertEquals(List.of(), Rules.metrics("backfilled 3 years of events into the lake"));
  }

  @Test
  void a_quoted_word_stays_in_the_subject_and_a_since_clause_never_names_it() {
    Metric m = Shapes.only("tickets mentioning 'refund' down 25% since the new policy");
    assertEquals("tickets mentioning 'refund'", m.subject());
    assertEquals(-25, m.delta(), 1e-9);
  }

  @Test
  void an_amount_of_a_thing_removed_is_a_plain_amount_but_one_off_a_thing_is_a_change() {
    Metric of = Shapes.only("slashed 200 GB of old build artifacts from the registry");
    assertEquals(200e9, of.value(), 1);
    assertEquals("old build artifacts", of.subject());
    assertEquals(-1.1e6, Shapes.only("trimmed 1.1 MB off the app bundle").delta(), 1);
  }

  @Test
  void one_unit_after_a_bound_word_is_a_duration() {
    Metric m = Shapes.only("the outage lasted over an hour");
    assertEquals(3600, m.value(), 1e-9);
    assertEquals(Metric.Bound.OVER, m.bound());
  }

  @Test
  void a_verbs_subject_is_the_noun_before_a_relative_clause() {
    assertEquals(
        "job",
        Shapes.only("the job that rebuilds the search index now runs in 6 minutes").subject());
    Shapes.pair(
        "the worker which resizes the avatars now finishes in 9 minutes; it used to take over an"
            + " hour",
        "worker",
        3600,
        540);
  }

  @Test
  void a_progressive_after_from_says_where_the_before_stood() {
    Shapes.pair("the export page went from timing out at 60s to 2s", "export page", 60, 2);
    Shapes.pair("broker CPU went from sitting around 80% to 35%", "broker CPU", 80, 35);
  }

  @Test
  void what_saves_the_time_names_it_when_no_earlier_verb_does() {
    Metric m = Shapes.only("the new runbook saves on-call 3 hours a week");
    assertEquals("new runbook time saved for on-call", m.subject());
    assertEquals(-10800, m.delta(), 1e-9);
  }

  @Test
  void a_topic_before_a_colon_names_a_clause_about_people_doing_something() {
    Shapes.pair(
        "deploy time: we now deploy in 6 minutes, down from 40 minutes", "deploy time", 2400, 360);
  }

  @Test
  void two_cadences_set_against_each_other_are_a_before_and_an_after() {
    Shapes.pair("the sync job now polls every 30 s instead of every 10 min", "sync job", 600, 30);
    assertEquals(List.of(), Rules.metrics("backups run every 6 hours and were tested every week"));
  }

  @Test
  void a_count_that_refers_back_is_named_by_what_happened_to_it() {
    var metrics = Rules.metrics("interviewed 12 candidates and 4 of them were hired");
    assertEquals(2, metrics.size(), metrics::toString);
    assertEquals("candidates hired", metrics.get(1).subject());
    assertEquals(4, metrics.get(1).value(), 1e-9);
  }
}
