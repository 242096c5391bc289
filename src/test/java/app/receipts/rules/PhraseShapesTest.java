package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.rules.Metric.Dimension;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The general phrase shapes the rules read, each with sentences written for this test (none is a
 * corpus line), so a shape is proven on wording the corpus never showed.
 */
class PhraseShapesTest {
  @Test
  void a_past_tense_marker_after_the_second_number_makes_it_the_before() {
    Shapes.pair(
        "gateway now serves 2,400 req/s per node, was ~600 last spring", "gateway", 600, 2400);
    Shapes.pair("the docs site scores 94 on accessibility now, it was 58", "docs site", 58, 94);
    Shapes.pair("only 9 admins keep prod write access (there were 41 in June)", "admins", 41, 9);
    Shapes.pair(
        "App Store rating is up to 4.6 (was 3.9) after the crash fixes",
        "App Store rating",
        3.9,
        4.6);
    Shapes.pair(
        "uptime on the billing API was 99.98% for Q2, up from 99.5% in Q1", "uptime", 99.5, 99.98);
  }

  @Test
  void used_to_or_now_between_two_durations_makes_the_first_the_before() {
    Shapes.pair(
        "the nightly reconcile used to take 5 hours, it's 40 minutes now",
        "nightly reconcile",
        18000,
        2400);
    Shapes.pair(
        "what took the release manager 3 days now runs in 15 minutes",
        Shapes.only("what took the release manager 3 days now runs in 15 minutes").subject(),
        259200,
        900);
  }

  @Test
  void a_bare_number_before_a_measured_one_is_a_name_not_a_before() {
    Metric m = Shapes.only("Upload time on 4G down from 12s to 3s with resumable chunks");
    assertEquals(12, m.before(), 1e-9);
    assertEquals(3, m.after(), 1e-9);
  }

  @Test
  void ratios_in_another_clause_than_a_pair_are_their_own_metric() {
    List<Metric> metrics =
        Rules.metrics("Snowflake spend from $40k/mo to $22k/mo, and dashboard load time halved");
    assertEquals(2, metrics.size(), metrics::toString);
    assertEquals(0.5, metrics.get(1).value(), 1e-9);
    assertEquals("dashboard load time", metrics.get(1).subject());
  }

  @Test
  void n_times_fewer_is_the_share_that_remains_of_the_noun_after_it() {
    Metric m = Shapes.only("5x fewer database round trips per page after batching");
    assertEquals(Dimension.RATIO, m.dimension());
    assertEquals(0.2, m.value(), 1e-9);
    assertEquals("database round trips", m.subject());
    assertEquals(0.25, Shapes.only("the search index is 4x smaller").value(), 1e-9);
  }

  @Test
  void counts_of_my_reports_and_of_them_after_a_singular() {
    Metric mine = Shapes.only("promoted 3 of my reports to senior this half");
    assertEquals(3, mine.value(), 1e-9);
    assertEquals("reports promoted", mine.subject());
    Metric them = Shapes.only("revoked every stale OAuth token, 1,250 of them, after the audit");
    assertEquals(1250, them.value(), 1e-9);
    assertEquals("stale OAuth token", them.subject());
  }

  @Test
  void hours_and_minutes_in_one_word() {
    Metric m = Shapes.only("full test suite 3h → 1h15m on the bigger runners");
    assertEquals(10800, m.before(), 1e-9);
    assertEquals(4500, m.after(), 1e-9);
  }

  @Test
  void the_head_of_a_subject_survives_determiners_and_un_ed_adjectives() {
    assertEquals(
        "severe bugs", Shapes.only("severe bugs in this release train down 45%").subject());
    assertEquals(
        "unpatched hosts", Shapes.only("unpatched hosts down 70% since the rollout").subject());
    assertEquals(
        "signup form abandonment",
        Shapes.only("signup form abandonment down 6% week over week").subject());
  }

  @Test
  void subject_stops_before_a_present_tense_verb() {
    assertEquals(
        "thumbnail service",
        Shapes.only(
                "the thumbnail service now does 3,000 req/s per pod, was ~800 before the rewrite")
            .subject());
    // a counted noun is its own subject
    assertEquals(
        "jobs", Shapes.only("the export worker now handles 900 jobs/min, was 300").subject());
  }

  @Test
  void a_scope_or_a_setting_is_not_a_metric() {
    assertEquals(
        List.of(), Rules.metrics("ran one shared incident channel across our three squads"));
    assertEquals(List.of(), Rules.metrics("canary capped at 5% while we watched the dashboards"));
    // a count of people kept with "with" is still a count
    assertEquals(6, Shapes.only("held a weekly 1:1 with my 6 reports all year").value(), 1e-9);
  }

  @Test
  void an_amount_of_something_takes_what_follows_of_participle_and_all() {
    Metric m = Shapes.only("freed 800 GB of archived build logs on the CI volume");
    assertEquals("archived build logs", m.subject());
    assertEquals(8e11, m.value(), 1);
  }

  @Test
  void what_a_ratio_is_taken_against_stays_in_its_subject() {
    Shapes.pair("cost per request dropped from $0.004 to $0.001", "cost per request", 0.004, 0.001);
    Shapes.pair("Reduced alerts per on-call shift from 40 to 6", "alerts per on-call shift", 40, 6);
    assertEquals("incidents per deploy", Shapes.only("down to 0.3 incidents per deploy").subject());
    assertEquals("reviewers per PR", Shapes.only("we now average 2 reviewers per PR").subject());
    assertEquals("incidents", Shapes.only("down to 0.3 incidents a week").subject());
  }

  @Test
  void a_ratio_that_is_only_a_setting_is_still_no_metric() {
    assertEquals(List.of(), Rules.metrics("put 2 engineers per shift on the rota"));
  }

  @Test
  void a_verb_that_says_nothing_stays_out_of_the_subject() {
    assertEquals("squads", Shapes.only("Got 11 squads onto the shared design tokens").subject());
    assertEquals(
        "checkout p99", Shapes.only("Kept checkout p99 below 200ms in the sale").subject());
    assertEquals(
        "action items",
        Shapes.only("led the postmortem and drove 6 action items to done").subject());
    assertEquals(
        "legacy microservices retired",
        Shapes.only("Retired 7 legacy microservices nobody owned").subject());
  }

  @Test
  void a_percentage_or_factor_then_the_pair_it_works_out_to_is_one_change() {
    Shapes.pair("Cut build time by 60%, from 20 to 8 minutes", "build time", 1200, 480);
    Shapes.pair("Sped up the test suite by 40%, from 25 to 15 minutes", "test suite", 1500, 900);
    Shapes.pair(
        "increased signup conversion by 3 percentage points (12% → 15%)",
        "signup conversion", 12, 15);
    Shapes.pair("sped up the test suite by 2.5x (from 10m to 4m)", "test suite", 600, 240);
  }

  @Test
  void a_percentage_of_something_else_beside_a_pair_stays_its_own_metric() {
    List<Metric> metrics = Rules.metrics("Cut p95 by 40% (1.8s to 1.08s) and cost by 40%");
    assertEquals(2, metrics.size(), metrics.toString());
    assertEquals("cost", metrics.get(1).subject());
  }

  @Test
  void costs_after_what_they_are_for_are_a_noun() {
    assertEquals("storage costs", Shapes.only("storage costs down 35%").subject());
    assertEquals(
        "S3 storage costs",
        Shapes.only("Decreased S3 storage costs 35% with lifecycle rules").subject());
    assertEquals(
        "pipeline", Shapes.only("the pipeline now costs $5k a month, down from $12k").subject());
  }

  @Test
  void a_minus_written_onto_a_number_keeps_it_below_zero() {
    Shapes.pair("Raised eNPS on my team from -5 to +32", "eNPS", -5, 32);
    Shapes.pair("net revenue retention from -2% to +6%", "net revenue retention", -2, 6);
    assertEquals(
        "eNPS -5 → 32", MetricDisplay.of(Shapes.only("Raised eNPS on my team from -5 to +32")));
  }

  @Test
  void a_path_after_the_measured_thing_is_where_not_what() {
    Shapes.pair(
        "reduced error rate on /api/payments from 2.3% to 0.4% by fixing a pool leak",
        "error rate", 2.3, 0.4);
  }

  @Test
  void a_period_adverb_is_the_period_never_part_of_the_subject() {
    Metric share = Shapes.only("Fixed a race that logged out ~2% of users daily");
    assertEquals("users", share.subject());
    assertEquals(Metric.Period.DAY, share.period());
    assertEquals(
        "50k records/hour",
        MetricDisplay.of(Shapes.only("The import job handles 50k records hourly")));
  }

  @Test
  void the_part_of_a_whole_is_the_count() {
    for (String[] c :
        new String[][] {
          {"Closed 9 of the 11 high findings from the pen test", "9 high findings closed"},
          {"Moved 40 of our 52 services to the new mesh", "40 services moved"},
          {"Fixed 3 of the 5 P1 bugs", "3 P1 bugs fixed"},
        }) {
      assertEquals(c[1], MetricDisplay.of(Shapes.only(c[0])), c[0]);
    }
  }

  @Test
  void a_rate_unit_in_a_pair_is_the_unit_not_what_was_measured() {
    Shapes.pair(
        "Bumped the ingest service from 1200 rps to 4500 rps by batching writes",
        "ingest service",
        1200,
        4500);
    Shapes.pair("search cluster went from 800 qps to 2,000 qps", "search cluster", 800, 2000);
    assertEquals(
        "ingest service 1200 → 4500 rps",
        MetricDisplay.of(Shapes.only("The ingest service now handles 4500 rps, up from 1200")));
  }

  @Test
  void a_rate_unit_is_not_given_its_period_twice() {
    assertEquals(
        "30k rps", MetricDisplay.of(Shapes.only("handled the Black Friday peak of 30k rps")));
  }

  @Test
  void a_ratio_word_shows_as_the_word_and_reads_back_the_same() {
    Metric halved = Shapes.only("halved the docker image size");
    assertEquals("docker image size halved", MetricDisplay.of(halved));
    Metric again = Shapes.only(MetricDisplay.of(halved));
    assertEquals(halved.value(), again.value(), 1e-9);
    assertEquals("signup rate doubled", MetricDisplay.of(Shapes.only("doubled the signup rate")));
  }
}
