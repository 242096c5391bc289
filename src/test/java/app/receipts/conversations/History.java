package app.receipts.conversations;

import org.jdbi.v3.core.Jdbi;

/**
 * Half a year of a backend engineer's entries (wins with and without numbers, praise from two
 * teammates), one entry from before the period, and a colleague's entries that must never show.
 */
final class History {
  private History() {}

  static void seed(Jdbi jdbi) {
    jdbi.useHandle(
        handle -> {
          win(
              handle,
              "U1",
              "2025-11-02",
              "problem-solving",
              "Triaged the old incident queue before the period started",
              null,
              null);
          win(
              handle,
              "U1",
              "2026-01-20",
              "problem-solving",
              "Found the root cause of the checkout timeouts: a connection pool leak in the"
                  + " payments client",
              "Checkout errors stopped during the sale",
              "error rate 2.3% → 0.4%");
          win(
              handle,
              "U1",
              "2026-02-11",
              "system-design",
              "Wrote the RFC for splitting the orders service and ran the design review with"
                  + " three teams",
              null,
              null);
          win(
              handle,
              "U1",
              "2026-02-25",
              "problem-solving",
              "Led the incident response for the search outage and wrote the postmortem",
              "Search was back in 40 minutes",
              null);
          praise(
              handle,
              "U1",
              "2026-02-26",
              "problem-solving",
              "U0PRIYA9",
              "Thanks <@U0DANA42> and you for leading the search outage response so calmly, great postmortem",
              "1772100000.000100");
          win(
              handle,
              "U1",
              "2026-03-10",
              "code-quality",
              "Reduced p95 latency from 1.8s to 210ms by adding a composite index",
              null,
              "p95 latency 1.8s → 210ms");
          win(
              handle,
              "U1",
              "2026-03-18",
              "system-design",
              "Raised search throughput from 1200 to 3400 requests per second with a read"
                  + " replica",
              null,
              "requests 1200 → 3400/second");
          win(
              handle,
              "U1",
              "2026-03-30",
              "collaboration",
              "Mentored two new engineers through their first on-call rotation",
              null,
              null);
          win(
              handle,
              "U1",
              "2026-04-02",
              "delivery",
              "Raised checkout conversion from 2.1% to 2.6% with the one-page checkout",
              null,
              "checkout conversion 2.1% → 2.6%");
          win(
              handle,
              "U1",
              "2026-04-14",
              "continuous-improvement",
              "Cut the AWS bill from $40k/month to $26k/month by rightsizing the fleet",
              null,
              "AWS bill $40k → $26k/month");
          win(
              handle,
              "U1",
              "2026-04-28",
              "continuous-improvement",
              "Automated the release checklist, saves the team 3 hours a week",
              null,
              "saves team 3 h/week");
          win(
              handle,
              "U1",
              "2026-05-12",
              "delivery",
              "Shipped the billing export 2 weeks early",
              null,
              "shipped billing export early 2 weeks");
          win(
              handle,
              "U1",
              "2026-05-20",
              "collaboration",
              "Wrote the onboarding guide for the payments API for two partner teams <!channel>",
              null,
              null);
          praise(
              handle,
              "U1",
              "2026-05-21",
              "collaboration",
              "U0SAM88",
              "The payments onboarding guide saved our team days & days, thank you!",
              "1779300000.000200");
          win(
              handle,
              "U1",
              "2026-06-03",
              "delivery",
              "Cut build time from 14 min to 3 min by caching dependencies in CI",
              null,
              "build time 14 min → 3 min");
          win(
              handle,
              "U1",
              "2026-06-09",
              "problem-solving",
              "Fixed the flaky paging rules after an incident review",
              null,
              "Incidents 9 → 2/quarter");
          win(
              handle,
              "U2",
              "2026-03-03",
              "problem-solving",
              "SECRET-U2 quietly rewrote the incident pager and cut the AWS bill by $9k/month",
              null,
              "AWS bill −$9k/month");
          praise(
              handle,
              "U2",
              "2026-03-04",
              "collaboration",
              "U1",
              "SECRET-U2 praise: thanks for the incident help",
              "1772600000.000300");
        });
  }

  /** One more of U1's wins, in the problem-solving competency; its id. */
  static long win(Jdbi jdbi, String day, String text, String metric) {
    return jdbi.withHandle(
        handle -> {
          win(handle, "U1", day, "problem-solving", text, null, metric);
          return handle.createQuery("SELECT MAX(id) FROM entries").mapTo(Long.class).one();
        });
  }

  private static void win(
      org.jdbi.v3.core.Handle handle,
      String user,
      String day,
      String competency,
      String text,
      String impact,
      String metric) {
    handle
        .createUpdate(
            """
            INSERT INTO entries (team_id, user_id, kind, status, text, impact, metric, competency,
                links, occurred_on, created_at, updated_at)
            VALUES ('T0001', :user, 'WIN', 'KEPT', :text, :impact, :metric, :competency, '', :day,
                0, 0)
            """)
        .bind("user", user)
        .bind("text", text)
        .bind("impact", impact)
        .bind("metric", metric)
        .bind("competency", competency)
        .bind("day", day)
        .execute();
  }

  private static void praise(
      org.jdbi.v3.core.Handle handle,
      String user,
      String day,
      String competency,
      String author,
      String text,
      String ts) {
    handle
        .createUpdate(
            """
            INSERT INTO entries (team_id, user_id, kind, status, text, competency, links,
                occurred_on, author_user_id, channel_id, message_ts, permalink, saved_by,
                created_at, updated_at)
            VALUES ('T0001', :user, 'PRAISE', 'KEPT', :text, :competency, '', :day, :author,
                'C1', :ts, :permalink, :user, 0, 0)
            """)
        .bind("user", user)
        .bind("text", text)
        .bind("competency", competency)
        .bind("day", day)
        .bind("author", author)
        .bind("ts", ts)
        .bind("permalink", "https://receipts-test.slack.com/archives/C1/p" + ts.replace(".", ""))
        .execute();
  }
}
