package app.receipts.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.packet.EvidenceRanking;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A win is tied to an outcome or a goal only on its own words (a tester's year of wins). */
class BonusMatchingTest {
  static final List<String> GOALS =
      List.of(
          "Reduce infrastructure cost", "Improve checkout reliability", "Grow enterprise revenue");

  static final String CHECKOUT_LATENCY = "Cut checkout p95 latency from 800ms to 300ms";
  static final String SEARCH_LATENCY = "Reduced search p95 latency from 1.2s to 400ms";
  static final String CSV = "Shipped the CSV export that 12 customers asked for";
  static final String BUGS = "Closed 17 bugs in the support queue";
  static final String MIGRATION = "Migrated the orders schema with zero downtime";
  static final String LEAK = "Fixed the memory leak in the worker fleet";
  static final String AWS = "Cut the AWS bill from $40k/month to $26k/month";
  static final String CHECKOUT_ERRORS = "Found the root cause of the checkout timeouts";

  private static BonusCase tester() {
    Wins wins =
        new Wins()
            .win(Competency.PROBLEM_SOLVING, CHECKOUT_LATENCY, "checkout p95 latency 800ms → 300ms")
            .win(Competency.CODE_QUALITY, SEARCH_LATENCY, "search p95 latency 1.2s → 400ms")
            .win(Competency.DELIVERY, CSV, "12 customers")
            .win(Competency.PROBLEM_SOLVING, BUGS, "17 bugs closed")
            .win(Competency.SYSTEM_DESIGN, MIGRATION, "downtime 2 h → 0 min")
            .win(Competency.PROBLEM_SOLVING, LEAK, "Pods stopped crash-looping", "restarts −90%")
            .win(Competency.CONTINUOUS_IMPROVEMENT, AWS, "AWS bill $40k → $26k/month")
            .win(Competency.PROBLEM_SOLVING, CHECKOUT_ERRORS, "checkout error rate 2.3% → 0.4%");
    return compile(GOALS, wins);
  }

  private static BonusCase compile(List<String> goals, Wins wins) {
    return new BonusCompiler(EvidenceRanking::reading)
        .compile("Alex", Wins.YEAR, goals, "8%", wins.all(), Wins.NAMES);
  }

  private static BonusCase.Win win(BonusCase bonus, String text) {
    return bonus.groups().stream()
        .flatMap(g -> g.wins().stream())
        .filter(w -> w.entry().text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no win " + text));
  }

  @Test
  void a_win_is_filed_under_the_outcome_its_own_words_name() {
    BonusCase bonus = tester();

    assertEquals(Outcome.LATENCY, win(bonus, CHECKOUT_LATENCY).outcome(), "checkout is no revenue");
    assertEquals(Outcome.LATENCY, win(bonus, SEARCH_LATENCY).outcome());
    assertEquals(Outcome.OTHER, win(bonus, CSV).outcome(), "customers asking is no revenue");
    assertEquals(Outcome.RELIABILITY, win(bonus, LEAK).outcome(), "restarts are reliability");
    assertEquals(Outcome.COST, win(bonus, AWS).outcome());
    assertTrue(
        bonus.groups().stream().noneMatch(g -> g.outcome() == Outcome.REVENUE),
        "no win here says revenue or conversion");
  }

  @Test
  void a_goal_is_served_only_by_wins_whose_words_support_it() {
    BonusCase bonus = tester();

    for (String text : List.of(CSV, BUGS, MIGRATION, LEAK, CHECKOUT_LATENCY, SEARCH_LATENCY)) {
      assertNull(win(bonus, text).goal(), text);
    }
    assertEquals("Improve checkout reliability", win(bonus, CHECKOUT_ERRORS).goal());
    assertEquals("Reduce infrastructure cost", win(bonus, AWS).goal(), "a bill is a cost");
    assertEquals(0, bonus.serving("Grow enterprise revenue"));
  }

  @Test
  void the_document_says_which_wins_serve_no_goal_and_focuses_only_on_groups_holding_wins() {
    String markdown = new BonusMarkdown().render(tester()).markdown();

    assertTrue(markdown.contains("- Not tied to any of these goals: 6 wins ["), markdown);
    assertTrue(markdown.contains("add how to its impact (`/win edit`)"), markdown);
    String focus = markdown.lines().filter(l -> l.contains("Period and focus")).findFirst().get();
    assertEquals(
        "1. **Period and focus.** “In 2026 I focused on reliability and incidents (4 of my 8"
            + " measured wins) and on latency and throughput (2).”",
        focus);
    assertFalse(markdown.contains("Revenue and conversion"), markdown);
  }

  @Test
  void a_win_whose_one_metric_serves_a_goal_is_not_also_listed_as_serving_none() {
    Wins wins =
        new Wins()
            .win(
                Competency.PROBLEM_SOLVING,
                "Cut the AWS bill from $40k/month to $26k/month and search p95 latency from 1.2s"
                    + " to 400ms",
                "AWS bill $40k → $26k/month; search p95 latency 1.2s → 400ms")
            .win(Competency.DELIVERY, CSV, "12 customers");
    BonusCase bonus = compile(GOALS, wins);
    long both = win(bonus, CSV).entry().id() == 1 ? 2 : 1;

    String markdown = new BonusMarkdown().render(bonus).markdown();

    String untied =
        markdown.lines().filter(l -> l.startsWith("- Not tied to")).findFirst().orElseThrow();
    assertTrue(untied.contains("1 win "), untied);
    assertFalse(untied.contains("#" + both + "]") || untied.contains("#" + both + ","), untied);
  }

  @Test
  void a_second_group_of_one_win_is_not_called_a_focus() {
    Wins wins =
        new Wins()
            .win(Competency.PROBLEM_SOLVING, BUGS, "17 bugs closed")
            .win(Competency.PROBLEM_SOLVING, LEAK, "restarts −90%")
            .win(Competency.CODE_QUALITY, SEARCH_LATENCY, "search p95 latency 1.2s → 400ms");

    String markdown = new BonusMarkdown().render(compile(GOALS, wins)).markdown();

    assertTrue(
        markdown.contains("I focused on reliability and incidents (2 of my 3 measured wins).”"),
        markdown);
  }

  /** Goals and wins of many kinds, each pair checked against what licenses a tie. */
  @Test
  void every_win_listed_under_a_goal_shares_a_licensing_word_with_it() {
    List<String> goals =
        List.of(
            "Reduce infrastructure cost",
            "Improve checkout reliability",
            "Grow enterprise revenue",
            "Fewer customer-facing incidents",
            "Ship billing v2 on time",
            "Faster search for every customer",
            "Improve developer experience",
            "Grow signups",
            "Cut cloud spend by 20%",
            "Reduce MTTR");
    String[][] wins = {
      {CHECKOUT_LATENCY, "checkout p95 latency 800ms → 300ms"},
      {SEARCH_LATENCY, "search p95 latency 1.2s → 400ms"},
      {CSV, "12 customers"},
      {BUGS, "17 bugs closed"},
      {MIGRATION, "downtime 2 h → 0 min"},
      {LEAK, "restarts −90%"},
      {AWS, "AWS bill $40k → $26k/month"},
      {CHECKOUT_ERRORS, "checkout error rate 2.3% → 0.4%"},
      {"Shipped billing v2 two weeks early", "2 weeks early"},
      {"Raised checkout conversion with the one-page checkout", "conversion 2.1% → 2.6%"},
      {"Closed the enterprise renewal for Acme", "$180k ARR"},
      {"Automated the release checklist", "saves team 3 h/week"},
      {"Cut build time by caching dependencies in CI", "build time 14 min → 3 min"},
      {"Fixed the flaky paging rules after an incident review", "Incidents 9 → 2/quarter"},
      {"Rightsized the fleet", "$14k/month → $9k/month"},
      {"Made the signup form faster", "signup p95 900ms → 250ms"},
      {"Cut the on-call MTTR with better runbooks", "MTTR 90 min → 25 min"},
      {"Moved the reporting jobs to spot instances", "cloud spend −$6k/month"},
      {"Improved the developer portal search", "search clicks +40%"},
      {"Reduced customer support tickets about invoices", "tickets 300 → 120/month"},
    };
    Wins entries = new Wins();
    for (String[] win : wins) {
      entries.win(Competency.PROBLEM_SOLVING, win[0], win[1]);
    }

    BonusCase bonus = compile(goals, entries);

    int tied = 0;
    for (BonusCase.Group group : bonus.groups()) {
      for (BonusCase.Win win : group.wins()) {
        if (win.goal() == null) {
          continue;
        }
        tied++;
        Set<String> said =
            new HashSet<>(Words.terms(win.entry().text() + " " + win.entry().metric()));
        Set<String> goal = new HashSet<>(GoalMatch.terms(win.goal()));
        boolean shares = goal.stream().anyMatch(term -> GoalMatch.said(term, said));
        boolean outcomeOnly =
            said.stream().anyMatch(win.outcome().stems()::contains)
                && goal.stream()
                    .allMatch(
                        t -> GoalMatch.whole(win.outcome()).contains(t) || GoalMatch.said(t, said));
        assertTrue(
            shares || outcomeOnly,
            win.entry().text() + " under “" + win.goal() + "” (" + win.outcome() + ")");
        assertFalse(goal.isEmpty(), win.goal());
      }
    }
    assertTrue(tied >= 8, "the rule still ties the wins that do say a goal: " + tied);
    assertEquals(
        "Grow signups", win(bonus, "Made the signup form faster").goal(), "faster is no topic");
    assertNull(win(bonus, CSV).goal(), "shipping for customers is not billing v2 nor search");
    assertEquals(
        "Fewer customer-facing incidents",
        win(bonus, "Fixed the flaky paging rules after an incident review").goal());
    assertNull(win(bonus, BUGS).goal(), "bugs closed are not MTTR");
    assertNull(win(bonus, LEAK).goal());
    assertNull(
        win(bonus, "Raised checkout conversion with the one-page checkout").goal(),
        "conversion is not signups");
    assertEquals("Reduce MTTR", win(bonus, "Cut the on-call MTTR with better runbooks").goal());
    assertEquals(
        "Ship billing v2 on time", win(bonus, "Shipped billing v2 two weeks early").goal());
    assertEquals(
        "Grow enterprise revenue", win(bonus, "Closed the enterprise renewal for Acme").goal());
  }
}
