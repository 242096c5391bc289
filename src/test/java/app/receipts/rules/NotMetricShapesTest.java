package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers that frame the work rather than measure it, each on a sentence written for this test:
 * none of them may become a metric.
 */
class NotMetricShapesTest {
  private static void none(String text) {
    assertEquals(List.of(), Rules.metrics(text), text);
  }

  @Test
  void the_length_of_an_event_or_of_an_effort_is_not_an_outcome() {
    none("gave a 15 min demo of the new tracing UI at the guild");
    none("spent 2 days pairing with the new SRE on the alert rules");
  }

  @Test
  void a_rollout_share_a_setting_length_and_the_time_since_a_first_are_framing() {
    none("rolled the new editor out to 100% of users on Monday");
    none("big uploads no longer hit the 60s proxy timeout");
    none("hosted the first design review day in 3 years");
  }

  @Test
  void a_products_dotted_version_before_the_things_it_names_is_not_a_count() {
    none("Upgraded Kafka 3.6 brokers with zero downtime");
    none("Deployed Kubernetes 1.29 nodes to the EU cluster");
    none("Moved the search cluster to OpenSearch 2.11 clusters");
    none("Migrated Helm 3.14 charts for the payments stack");
    none("Built the dbt 1.7 models for the finance mart");
  }

  @Test
  void a_frequency_is_not_a_count_of_what_it_is_out_of() {
    none("Fixed the flaky checkout test that failed 1 in 5 runs");
    none("Only 1 in 10 deploys needs a rollback now");
    none("the login test went from failing 1 in 5 runs to 1 in 200");
  }

  @Test
  void a_span_after_in_is_still_read_as_before() {
    assertEquals(
        List.of("12 tickets closed", "closed tickets 3 days"),
        Rules.metrics("Closed 12 tickets in 3 days").stream().map(Metric::display).toList());
  }

  @Test
  void a_name_before_a_real_quantity_leaves_it_a_metric() {
    assertEquals(1, Rules.metrics("Saved Finance 2.5 hours a week on reconciliation").size());
    assertEquals(1, Rules.metrics("Onboarded 4 teams to Kafka").size());
    assertEquals(1, Rules.metrics("processed 2.4 million jobs a day after the rewrite").size());
    assertEquals(1, Rules.metrics("Brought pages down to 1.5 incidents a week").size());
    assertEquals(1, Rules.metrics("store rating now 4.7 stars").size());
    assertEquals(1, Rules.metrics("added 1.5k tests to the suite").size());
  }

  @Test
  void but_the_same_numbers_as_outcomes_still_count() {
    assertEquals(1, Rules.metrics("crash-free sessions up to 99.8% of users").size());
    assertEquals(1, Rules.metrics("proxy timeouts down 80% after the fix").size());
  }

  @Test
  void a_hedged_wait_or_effort_is_still_a_wait_or_an_effort() {
    none("spent over 3 days pairing with the new hire on the billing code");
    none("ran the canary for about 2 weeks before the switch");
  }
}
