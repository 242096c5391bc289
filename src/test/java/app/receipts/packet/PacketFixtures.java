package app.receipts.packet;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A fixed, realistic half-year of evidence, including hostile text, shared by the packet tests. */
final class PacketFixtures {
  private PacketFixtures() {}

  static final String USER = "Zoë Ångström";
  static final Period H1_2026 = new PeriodParser().parse("2026-H1", LocalDate.of(2026, 7, 2));
  static final Map<String, String> AUTHORS =
      Map.of("U0ALEX", "Alex Kim", "U0DIMA", "Дмитрий Иванов", "U0PRIYA", "Priya Natarajan");

  static List<Entry> entries() {
    return List.of(
        win(
            1,
            "2026-03-03",
            Competency.CODE_QUALITY,
            "reduced p95 search latency from 1.8s to 210ms by adding a composite index",
            "keeps the mobile clients fast",
            "p95 1.8s → 210ms",
            "https://github.com/acme/search/pull/812"),
        win(
            2,
            "2026-01-14",
            Competency.CODE_QUALITY,
            "Deleted the legacy XML importer and its 40 flaky tests.",
            "CI is green again",
            null),
        praise(
            3,
            "2026-02-10",
            Competency.CODE_QUALITY,
            "U0DIMA",
            "Спасибо! The review on the billing refactor caught a real rounding bug."),
        win(
            4,
            "2026-05-20",
            Competency.PROBLEM_SOLVING,
            "found the root cause of the nightly export timeouts (a missing index on audit_log)",
            "saving the data team two hours every morning",
            "export 2h10m → 6m",
            "https://acme.atlassian.net/browse/DATA-311",
            "javascript:alert(1)"),
        win(
            5,
            "2026-04-02",
            Competency.PROBLEM_SOLVING,
            "debugged the *intermittent* 502s | traced them to an idle-timeout mismatch",
            "Mobile checkout errors dropped",
            null),
        praise(
            6,
            "2026-04-03",
            Competency.COLLABORATION,
            "U0ALEX",
            "Thanks for pairing with me all afternoon <3 — couldn't have shipped without you"),
        win(
            7,
            "2026-02-21",
            Competency.COLLABORATION,
            "onboarded two new engineers to the payments service",
            "both shipped in week one",
            null),
        praise(
            8,
            "2026-06-11",
            Competency.COLLABORATION,
            "U0PRIYA",
            "<!channel> huge thanks to Zoë for running the incident review\nso calmly"),
        win(
            9,
            "2026-06-25",
            Competency.DELIVERY,
            "shipped saved searches to 100% of users on schedule",
            "lets customers come back to a search in one tap",
            "adoption 34% in 2 weeks"),
        win(
            10,
            "2026-01-30",
            Competency.DELIVERY,
            "released the v2 billing API to <@U123> and partners <https://evil|click>",
            null,
            null,
            "https://docs.acme.dev/billing/v2"),
        win(
            11,
            "2026-03-18",
            Competency.CONTINUOUS_IMPROVEMENT,
            "cut CI time from 24 to 9 minutes by caching Gradle outputs!!",
            "",
            "CI 24m → 9m"),
        win(
            12,
            "2026-05-05",
            Competency.CONTINUOUS_IMPROVEMENT,
            "# wrote the on-call runbook\n- with a checklist for failovers",
            null,
            null),
        praise(
            13,
            "2026-05-28",
            Competency.DELIVERY,
            "U0ALEX",
            "Your demo at all-hands was **excellent**."),
        win(
            14,
            "2025-12-20",
            Competency.SYSTEM_DESIGN,
            "designed the event bus (outside the period)",
            null,
            null),
        pending(
            15, "2026-03-10", Competency.SYSTEM_DESIGN, "U0ALEX", "Still waiting for a decision"));
  }

  static Entry win(
      long id,
      String day,
      Competency competency,
      String text,
      String impact,
      String metric,
      String... links) {
    return Entry.builder(
            "T1",
            "U0ZOE",
            Entry.Kind.WIN,
            LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC))
        .id(id)
        .text(text)
        .impact(impact)
        .metric(metric)
        .competency(competency)
        .links(List.of(links))
        .occurredOn(LocalDate.parse(day))
        .build();
  }

  static Entry praise(long id, String day, Competency competency, String author, String text) {
    return savedPraise(id, day, competency, author, text, Entry.Status.KEPT);
  }

  static Entry pending(long id, String day, Competency competency, String author, String text) {
    return savedPraise(id, day, competency, author, text, Entry.Status.PENDING);
  }

  private static Entry savedPraise(
      long id, String day, Competency competency, String author, String text, Entry.Status status) {
    String ts = "17" + String.format("%08d", id) + ".000100";
    return Entry.builder(
            "T1",
            "U0ZOE",
            Entry.Kind.PRAISE,
            LocalDate.parse(day).atStartOfDay().toInstant(ZoneOffset.UTC))
        .id(id)
        .status(status)
        .text(text)
        .competency(competency)
        .occurredOn(LocalDate.parse(day))
        .message(author, "C0GENERAL", ts, "U0ZOE", null)
        .permalink("https://acme.slack.com/archives/C0GENERAL/p" + ts.replace(".", ""))
        .build();
  }

  /** Thousands of entries spread over a year and every competency, for size and speed checks. */
  static List<Entry> many(int count) {
    Competency[] competencies = Competency.values();
    List<Entry> entries = new ArrayList<>(count);
    LocalDate first = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < count; i++) {
      String day = first.plusDays(i % 365).toString();
      Competency competency = competencies[i % competencies.length];
      String text =
          "improved thing number " + i + " <!here> with *care* | and a pipe " + "x".repeat(i % 200);
      entries.add(
          i % 4 == 0
              ? praise(i + 1, day, competency, "U0ALEX", "thanks for #" + i + " <@U999>")
              : win(
                  i + 1,
                  day,
                  competency,
                  text,
                  "so that team " + i + " ships faster",
                  i % 3 == 0 ? "metric " + i : null,
                  "https://example.com/pr/" + i));
    }
    return entries;
  }
}
