package app.receipts.packet;

import static app.receipts.packet.PacketFixtures.pending;
import static app.receipts.packet.PacketFixtures.praise;
import static app.receipts.packet.PacketFixtures.win;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.List;
import java.util.Map;

/**
 * Half a year as a new user logs it: 19 wins and four praise in 2026-H1 (the examples among
 * them), two wins outside it and praise still pending. Code quality holds 1 of the 23.
 */
final class ReviewFixtures {
  private ReviewFixtures() {}

  static final Map<String, String> AUTHORS =
      Map.of("U0DANA", "Dana Whitfield", "U0ALEX", "Alex Kim", "U0PRIYA", "Priya Natarajan");

  static final long LATENCY = 1;
  static final long HIRES = 3;
  static final long PAGES = 4;
  static final long CONTRACT = 5;
  static final long CI = 6;
  static final long ERROR_RATE = 7;
  static final long AWS = 8;
  static final long FLAKY = 15;
  static final long REPLICAS = 17;
  static final long COVERAGE = 19;

  static List<Entry> entries() {
    return List.of(
        win(
            LATENCY,
            "2026-01-12",
            Competency.PROBLEM_SOLVING,
            "Reduced p95 search latency from 1.8s to 210ms by adding a composite index on listings",
            "keeps the mobile app's search inside its SLO",
            "p95 search latency 1.8s → 210ms",
            "https://github.com/acme/search/pull/812"),
        win(
            2,
            "2026-01-20",
            Competency.DELIVERY,
            "shipped the invoice export for billing",
            null,
            null),
        win(
            HIRES,
            "2026-01-28",
            Competency.COLLABORATION,
            "Onboarded 3 new hires to the payments service",
            "all of them shipped in their first week",
            "3 new hires"),
        win(
            PAGES,
            "2026-02-03",
            Competency.COLLABORATION,
            "Wrote the payments onboarding guide https://wiki.acme.dev/payments/onboarding",
            null,
            "23 pages",
            "https://wiki.acme.dev/payments/onboarding"),
        win(
            CONTRACT,
            "2026-02-10",
            Competency.SYSTEM_DESIGN,
            "Designed the idempotency-key contract for the payments API",
            "used by 4 teams that call payments",
            null,
            "https://docs.acme.dev/rfc/idempotency"),
        win(
            CI,
            "2026-02-18",
            Competency.CONTINUOUS_IMPROVEMENT,
            "cut CI time from 24 to 9 minutes by caching Gradle outputs",
            "",
            "CI 24m → 9m"),
        win(
            ERROR_RATE,
            "2026-02-25",
            Competency.PROBLEM_SOLVING,
            "Reduced checkout error rate from 2.3% to 0.4% by fixing retry storms in the gateway"
                + " client",
            "fewer failed orders for customers",
            "error rate 2.3% → 0.4%"),
        win(
            AWS,
            "2026-03-04",
            Competency.SYSTEM_DESIGN,
            "Cut the AWS bill by $14k/month by rightsizing the search cluster",
            "frees budget for the data platform",
            "AWS bill −$14k/month"),
        win(
            9,
            "2026-03-11",
            Competency.DELIVERY,
            "Launched saved searches on schedule",
            "lets customers come back to a search in one tap",
            "adoption 34% in 2 weeks"),
        win(
            10,
            "2026-03-19",
            Competency.CONTINUOUS_IMPROVEMENT,
            "wrote the on-call runbook for search",
            null,
            null),
        win(
            11,
            "2026-03-26",
            Competency.PROBLEM_SOLVING,
            "Found the root cause of the nightly export timeouts (a missing index on audit_log)",
            "saving the data team two hours every morning",
            null),
        win(
            12,
            "2026-04-02",
            Competency.SYSTEM_DESIGN,
            "Wrote the RFC for moving notifications to an event bus",
            "agreed by the platform and mobile teams",
            null),
        win(
            13,
            "2026-04-09",
            Competency.DELIVERY,
            "Released the v2 billing API to partners",
            null,
            null),
        win(
            14,
            "2026-04-16",
            Competency.COLLABORATION,
            "paired with the mobile team on the offline sync design",
            null,
            null),
        win(
            FLAKY,
            "2026-04-23",
            Competency.CONTINUOUS_IMPROVEMENT,
            "Quarantined and fixed the flaky checkout tests",
            null,
            "−70%"),
        win(
            16,
            "2026-05-06",
            Competency.PROBLEM_SOLVING,
            "Led the incident review for the checkout outage",
            "five follow-up fixes shipped within the month",
            null),
        win(
            REPLICAS,
            "2026-05-20",
            Competency.SYSTEM_DESIGN,
            "Proposed the read-replica split for reporting queries",
            "proactively, ahead of the summer traffic peak",
            null),
        win(
            18,
            "2026-06-03",
            Competency.DELIVERY,
            "Shipped the refunds dashboard two weeks early",
            null,
            null),
        win(
            COVERAGE,
            "2026-06-17",
            Competency.CODE_QUALITY,
            "Raised unit test coverage on the billing module from 41% to 78%",
            null,
            "billing module 41% → 78%"),
        praise(
            20,
            "2026-02-12",
            Competency.COLLABORATION,
            "U0DANA",
            "Thanks <@U0ZOE>, the idempotency doc saved us a week of back-and-forth"),
        praise(
            21,
            "2026-03-06",
            Competency.PROBLEM_SOLVING,
            "U0ALEX",
            "The error-rate fix made Monday's sale the calmest we've had. Thank you!"),
        praise(
            22,
            "2026-04-20",
            Competency.COLLABORATION,
            "U0PRIYA",
            "Huge thanks for pairing on offline sync <https://acme.slack.com/archives/C1/p1|thread>"),
        praise(
            23,
            "2026-06-10",
            Competency.DELIVERY,
            "U0DANA",
            "Refunds dashboard landed early and support loves it"),
        win(
            24,
            "2025-12-15",
            Competency.CODE_QUALITY,
            "Deleted the legacy XML importer",
            null,
            null),
        win(25, "2026-07-03", Competency.CODE_QUALITY, "Refactored the billing client", null, null),
        pending(26, "2026-05-02", Competency.CODE_QUALITY, "U0ALEX", "Nice refactor"));
  }

  static Packet packet() {
    return new PacketCompiler().compile("Zoë Ångström", PacketFixtures.H1_2026, entries(), AUTHORS);
  }
}
