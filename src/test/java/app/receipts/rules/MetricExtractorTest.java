package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.rules.Metric.Bound;
import app.receipts.rules.Metric.Dimension;
import app.receipts.rules.Metric.Direction;
import app.receipts.rules.Metric.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricExtractorTest {
  private static Metric only(String text) {
    List<Metric> metrics = Rules.metrics(text);
    assertEquals(1, metrics.size(), () -> text + " -> " + metrics);
    return metrics.get(0);
  }

  @Test
  void from_to_keeps_the_subject_in_base_units() {
    Metric m = only("Cut p95 checkout latency from 1.8s to 210ms by adding a covering index");
    assertAll(
        () -> assertEquals("p95 checkout latency", m.subject()),
        () -> assertEquals(1.8, m.before(), 1e-9),
        () -> assertEquals(0.21, m.after(), 1e-9),
        () -> assertEquals(Dimension.DURATION, m.dimension()),
        () -> assertEquals(Direction.BETTER, m.direction()),
        () -> assertEquals("p95 checkout latency 1.8s → 210ms", m.display()));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cut manual release time from 2 hours to 0 | manual release time 2 h → 0 h",
        "cut deploy time from 45 min to zero minutes | deploy time 45 min → 0 min",
        "Brought the build from 90s to 0s with a warm cache | build 90s → 0s"
      })
  void a_duration_brought_to_zero_keeps_the_unit_beside_it(String text, String display) {
    assertEquals(display, only(text).display());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Build went from 1 hour 15 minutes to 20 minutes | Build 75 min → 20 min",
        "build went from 1 hr 15 min to 20 min | build 75 min → 20 min",
        "Release now takes 40 minutes instead of 2 hours 40 | Release 2 h 40 min → 40 min",
        "Release now takes 40 minutes instead of 2 hours and 40 minutes"
            + " | Release 2 h 40 min → 40 min"
      })
  void a_duration_in_two_units_is_one_amount(String text, String display) {
    Metric m = only(text);
    assertEquals(display, m.display());
    assertEquals(Direction.BETTER, m.direction());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Cut the release cycle from 3 months to 6 weeks | release cycle 3 months → 6 weeks",
        "Cut the hiring loop from 1 month to 2 weeks | hiring loop 1 month → 2 weeks"
      })
  void whole_months_show_as_months_not_as_weeks(String text, String display) {
    assertEquals(display, only(text).display());
  }

  @Test
  void the_same_metric_written_again_is_read_once() {
    String text =
        "Retired 3 legacy payment gateways. Moving off 3 legacy payment gateways took a"
            + " quarter; 3 legacy payment gateways are gone, and the 3 legacy payment gateways"
            + " no longer page anyone";
    List<Metric> metrics = Rules.metrics(text);
    assertEquals(
        1,
        metrics.stream().filter(m -> m.display().contains("legacy payment gateways")).count(),
        metrics.toString());
  }

  @Test
  void the_measured_thing_is_the_head_not_the_system_around_it() {
    Metric m = only("Error rate on the notifications service went from 2.3% to 0.4% after the fix");
    assertEquals("Error rate 2.3% → 0.4%", m.display());
    assertEquals(Direction.BETTER, m.direction());
  }

  @Test
  void savings_are_a_negative_delta_on_what_costs_with_its_period() {
    Metric m = only("Saved $14k/month on the AWS bill by moving logs to cold storage");
    assertAll(
        () -> assertEquals(-14000, m.delta(), 1e-9),
        () -> assertEquals(Dimension.MONEY, m.dimension()),
        () -> assertEquals(Period.MONTH, m.period()),
        () -> assertEquals("AWS bill −$14k/month", m.display()));
  }

  @Test
  void hours_with_odd_minutes_read_as_hours_and_minutes_not_a_long_decimal() {
    String display = only("cut the nightly export from 2h10m to 6m").display();
    assertTrue(display.contains("2 h 10 min"), display);
    assertTrue(display.contains("6 min"), display);
    String half = only("the backfill took 2h30m, down from 6 hours").display();
    assertTrue(half.contains("2.5 h"), half);
  }

  @Test
  void time_saved_for_people_shows_what_was_saved_and_for_whom_without_a_minus() {
    Metric bare = only("saves the team 3 hours a week");
    assertAll(
        () -> assertEquals("time saved for the team 3 h/week", bare.display()),
        () -> assertEquals(-10800, bare.delta(), 1e-9),
        () -> assertEquals(Dimension.DURATION, bare.dimension()),
        () -> assertEquals(Period.WEEK, bare.period()),
        () -> assertEquals(Direction.BETTER, bare.direction()));
    assertEquals(
        "release checklist time saved for the team 3 h/week",
        only("Automated the release checklist, saves the team 3 hours a week").display());
    assertEquals(
        "time saved for each reviewer 30 min/day",
        only("Saved each reviewer 30 min a day by auto-labelling PRs").display());
    Metric given = only("Dropped the Monday sync, which gives every dev back 2 hours a week");
    assertEquals(-7200, given.delta(), 1e-9);
    assertEquals("Monday sync time saved for every dev 2 h/week", given.display());
    // a saving of money keeps its sign on what costs
    assertEquals("AWS bill −$14k/month", only("saved $14k/month on the AWS bill").display());
  }

  @Test
  void absolute_and_relative_deltas() {
    assertEquals("p95 login −300ms", only("shaved 300ms off p95 login").display());
    assertEquals("Postgres read load −65%", only("Cut Postgres read load by 65%").display());
    assertEquals("signups +30%", only("grew signups by 30% with the new flow :tada:").display());
    assertEquals(-35, only("build time down 35% on the new runners").delta(), 1e-9);
  }

  @Test
  void halves_thirds_and_multipliers() {
    Metric halved = only("Time to interactive on the admin app halved after dropping moment.js");
    assertEquals(0.5, halved.value(), 1e-9);
    assertEquals(Dimension.RATIO, halved.dimension());
    assertTrue(halved.subject().contains("interactive"), halved.subject());
    Metric third = only("Cut the search service's memory footprint by a third");
    assertEquals(Dimension.PERCENT, third.dimension());
    assertEquals(-33.3, third.delta(), 1e-9);
    assertEquals(4, only("Made the nightly report 4x faster").value(), 1e-9);
    assertEquals(0.5, only("cut the CI bill in half").value(), 1e-9);
  }

  @Test
  void durations_and_deadlines() {
    Metric instead = only("Migration took 4 weeks instead of 9");
    assertEquals(9 * 604800, instead.before(), 1e-6);
    assertEquals(4 * 604800, instead.after(), 1e-6);
    assertEquals(259200, only("landed three days early 🎉").value(), 1e-9);
    assertEquals(604800, only("Built the flow and shipped it a week early").value(), 1e-9);
    assertEquals(1500, only("had the API back in 25 minutes").value(), 1e-9);
  }

  @Test
  void bounds_sizes_volumes_and_counts() {
    Metric under = only("CI now runs in under 10 minutes");
    assertEquals(600, under.value(), 1e-9);
    assertEquals(Bound.UNDER, under.bound());
    assertEquals(Bound.UNDER, only("API p99 now below 50ms").bound());
    assertEquals(2e12, only("Freed 2 TB on the logging cluster").value(), 1);
    Metric jobs = only("the queue now chews through 2.4 million jobs a day");
    assertEquals(2_400_000, jobs.value(), 1e-6);
    assertEquals(Period.DAY, jobs.period());
    assertEquals("2.4M jobs/day", jobs.display());
    Metric teams = only("Onboarded 4 teams to the new deploy pipeline");
    assertEquals(4, teams.value(), 1e-9);
    assertTrue(teams.subject().contains("teams"));
    Metric pages = only("from 30 pages a week to 4 after the alert cleanup");
    assertEquals(30, pages.before(), 1e-9);
    assertEquals(Period.WEEK, pages.period());
  }

  @Test
  void several_metrics_in_one_win() {
    List<Metric> metrics =
        Rules.metrics(
            "Login revamp: time to log in from 19s to 6s, and login support tickets from 120 a"
                + " week to 35");
    assertEquals(2, metrics.size(), metrics::toString);
    assertEquals(19, metrics.get(0).before(), 1e-9);
    assertEquals(120, metrics.get(1).before(), 1e-9);
    assertTrue(metrics.get(1).subject().contains("tickets"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Upgraded payments-api to Java 17 and Spring Boot 3.2, no downtime",
        "Fixed PR #4521 review comments and merged v2.3.1",
        "See <https://github.com/acme/api/pull/812|PR 812> for PROJ-1234",
        "Paired with the mobile team to unblock the 2026-03-01 release",
        "Investigated the 2am pager alerts and found the cron overlap",
        "Launched the partner API on time for the Q3 deadline on Mar 3 at 4pm",
        "Phase 2 of the ledger split is live after the P1 incident",
        "Moved the app to OAuth2 and k8s, logs in S3 older than 7 days",
        "Drove the Postgres 14 → 16 upgrade",
        "Got the SOC 2 Type II report with zero exceptions",
        "kept the status page updated every 15 min",
        "one less pet server to worry about"
      })
  void dates_versions_ids_times_and_names_are_not_metrics(String text) {
    assertEquals(List.of(), Rules.metrics(text));
  }

  @Test
  void the_3_in_3_p1_incidents_is_a_count() {
    Metric m = only("Handled 3 P1 incidents during my on-call week");
    assertEquals(3, m.value(), 1e-9);
    assertTrue(m.subject().contains("incidents"), m.subject());
  }

  static Stream<String> hostile() {
    return Stream.of(
        null,
        "",
        "   ",
        "x".repeat(100_000),
        "1".repeat(100_000),
        "1.2.3.4.5.6 → → → from from to to",
        "🚀🔥 $ % x 3x $$ --> <> <|> :tada",
        "أطلقنا الميزة بنسبة 30%",
        "from " + "9 ".repeat(5_000) + "to 1");
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void hostile_input_never_throws(String text) {
    assertDoesNotThrow(() -> Rules.read(text, PersonalLexicon.EMPTY));
  }

  @Test
  void a_clause_opening_noun_phrase_is_the_subject_when_the_metric_follows_its_verb() {
    assertEquals(
        "Integration tests under 4 min",
        only("Integration tests now finish in under 4 minutes on every branch").display());
    Metric m = only("Nightly builds now take 12 min instead of 50");
    assertAll(
        () -> assertEquals("Nightly builds", m.subject()),
        () -> assertEquals(3000, m.before(), 1e-9),
        () -> assertEquals(720, m.after(), 1e-9));
  }

  @Test
  void a_verb_spelled_as_a_noun_stays_in_the_subject() {
    assertEquals(
        "Queue hit rate",
        only("Queue hit rate went from 70% to 88% once batching landed").subject());
  }

  @Test
  void counts_merged_into_fewer_and_counts_referring_back_are_read() {
    Metric merged = only("Consolidated 9 Jenkins controllers into 2");
    assertEquals(9, merged.before(), 1e-9);
    assertEquals(2, merged.after(), 1e-9);
    Metric referred = only("Retired the old cron hosts, 35 of them, after the move");
    assertEquals(35, referred.value(), 1e-9);
    assertEquals("old cron hosts", referred.subject());
  }

  @Test
  void an_interval_that_changed_is_a_metric_but_a_routine_cadence_is_not() {
    Metric m = only("Backups moved from every 24 hours to every hour");
    assertEquals(86400, m.before(), 1e-9);
    assertEquals(3600, m.after(), 1e-9);
    assertEquals(List.of(), Rules.metrics("Synced the mirrors every 6 hours"));
  }

  @Test
  void a_saving_with_its_beneficiary_between_is_a_negative_delta() {
    Metric m = only("The new release bot saves each engineer ~2 hours a week");
    assertAll(
        () -> assertEquals(-7200, m.delta(), 1e-9),
        () -> assertEquals(Period.WEEK, m.period()),
        () -> assertEquals(Direction.BETTER, m.direction()));
  }

  @Test
  void who_helped_and_what_kind_of_thing_are_not_metrics() {
    assertEquals(List.of(), Rules.metrics("Mentored Sam and the team with two other leads"));
    assertEquals(List.of(), Rules.metrics("We run 2-week sprints now"));
  }

  @Test
  void a_multiplier_before_a_comparative_measures_what_stands_before_it() {
    Metric m = only("Search responses 3x faster after the index rebuild");
    assertEquals("Search responses", m.subject());
    assertEquals(3, m.value(), 1e-9);
  }

  @Test
  void a_phrasal_verb_is_neither_a_movement_nor_part_of_the_subject() {
    Metric m = only("Spun up 40 new runners for the monorepo");
    assertEquals(40, m.value(), 1e-9);
    assertEquals("runners", m.subject());
  }
}
