package app.receipts.packet;

import static app.receipts.packet.PacketFixtures.win;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sentences a tester saw come out garbled, one test per kind of garbling. */
class DraftWordingTest {
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");

  private final Readings readings = new Readings();
  private final Drafts drafts = new Drafts(readings, e -> "Sam", id -> id);

  @Test
  void a_metric_phrase_comes_out_whole_with_its_period_and_the_metric_follows() {
    assertEquals(
        "I cut cloud spend by rightsizing the workers: cloud spend −$2400/month [#1].",
        sentence(
            Competency.CONTINUOUS_IMPROVEMENT,
            "Cut cloud spend by $2,400 a month by rightsizing the workers",
            null,
            "cloud spend −$2400/month"));
    assertEquals(
        "cut build time by caching",
        MetricPhrases.withoutMetric("cut build time by 6 minutes per build by caching", "−6 min"));
  }

  @Test
  void a_count_after_by_names_who_not_how_much_and_stays_in_the_clause() {
    assertEquals(
        "I wrote the design doc for the rate limiter, approved by 4 reviewers [#1].",
        sentence(
            Competency.SYSTEM_DESIGN,
            "Wrote the design doc for the rate limiter, approved by 4 reviewers",
            null,
            "4 reviewers"));
    assertEquals(
        "I wrote the design doc for the rate limiter, reviewed by 4 teams [#1].",
        sentence(
            Competency.SYSTEM_DESIGN,
            "Wrote the design doc for the rate limiter, reviewed by 4 teams",
            null,
            "4 teams"));
  }

  @Test
  void a_clause_without_a_verb_claims_no_outcome_it_does_not_state() {
    for (Competency competency : Competency.values()) {
      String verb = competency == Competency.COLLABORATION ? "contributed to" : "worked on";
      assertEquals(
          "I " + verb + " the handoff checklist for on-call [#1].",
          sentence(competency, "The handoff checklist for on-call", null, null),
          competency.id());
    }
  }

  @Test
  void a_first_letter_is_lowered_only_before_a_lower_case_letter_and_never_inside_a_word() {
    assertEquals(
        "I worked on R&D <-> ops & infra handoff checklist [#1].",
        sentence(Competency.CODE_QUALITY, "R&D <-> ops & infra handoff checklist", null, null));
    assertEquals(
        "I IPv6-enabled the edge proxies [#1].",
        sentence(Competency.SYSTEM_DESIGN, "IPv6-enabled the edge proxies", null, null));
    assertEquals("keeps it fast", Clauses.lowerFirst("Keeps it fast"));
    assertEquals("R&D unblocked", Clauses.lowerFirst("R&D unblocked"));
    assertEquals("API latency", Clauses.lowerFirst("API latency"));
    assertEquals("X-ray view", Clauses.lowerFirst("X-ray view"));
  }

  @Test
  void an_emoji_shortcode_keeps_its_closing_colon_next_to_the_citation() {
    assertEquals(
        "I fixed teh flaky logn test in payments :tada: [#1].",
        sentence(
            Competency.CODE_QUALITY,
            "fixed teh flaky logn test in payments :tada: https://github.com/acme/payments/pull/77",
            null,
            null));
    assertEquals("shipped it :rocket:", Clauses.tidy("shipped it :rocket: "));
    assertEquals("shipped the fix", Clauses.tidy("shipped the fix: "));
  }

  @Test
  void an_impact_without_a_verb_is_joined_with_with_not_and() {
    assertEquals(
        "I led the on-call rotation's move to runbooks, with MTTR going from 45 min to 12 min"
            + " [#1].",
        sentence(
            Competency.PROBLEM_SOLVING,
            "Led the on-call rotation's move to runbooks",
            "MTTR from 45 min to 12 min",
            "MTTR 45 min → 12 min"));
    assertEquals(", with p95 latency 1.8s → 210ms", Impacts.continued("p95 latency 1.8s → 210ms"));
    assertEquals(
        ", and mobile checkout errors dropped",
        Impacts.continued("Mobile checkout errors dropped"));
    assertEquals(
        ", and error rate is down from 2% to 1%",
        Impacts.continued("error rate is down from 2% to 1%"));
  }

  @Test
  void a_number_taken_from_the_clause_is_said_once_and_one_the_metric_lacks_stays() {
    String both =
        sentence(
            Competency.PROBLEM_SOLVING,
            "Cut p95 from 1.8s to 210ms and error rate from 2.3% to 0.4% in checkout",
            null,
            "error rate 2.3% → 0.4%");
    for (String number : List.of("1.8", "210", "2.3", "0.4")) {
      assertEquals(1, count(both, number), number + " once in: " + both);
    }
    // the impact already says the metric's numbers, so the clause keeps its own as typed
    String said =
        sentence(
            Competency.CONTINUOUS_IMPROVEMENT,
            "cut CI time from 24 to 9 minutes",
            "9 minutes per build now",
            "CI 24m → 9m");
    assertEquals("I cut CI time from 24 to 9 minutes, and 9 minutes per build now [#1].", said);
  }

  @Test
  void across_the_fixtures_every_number_a_win_wrote_is_in_its_sentence() {
    List<Entry> wins = new ArrayList<>(ReviewFixtures.entries());
    wins.addAll(PacketFixtures.entries().stream().map(e -> e.withId(e.id() + 100)).toList());
    for (Entry win : wins) {
      if (win.kind() != Entry.Kind.WIN) {
        continue;
      }
      Packet.Sentence sentence = drafts.sentence(readings.strength(win, false), l -> "");
      String typed =
          Clauses.withoutLinks(win.text()).text() + " " + Objects.toString(win.impact(), "");
      Matcher number = NUMBER.matcher(typed);
      while (number.find()) {
        assertTrue(
            count(sentence.text(), number.group()) >= 1,
            number.group() + " lost from #" + win.id() + ": " + sentence.text());
      }
    }
  }

  @Test
  void a_from_to_without_numbers_is_no_change_to_rewrite() {
    String text =
        sentence(
            Competency.DELIVERY,
            "Shipped the one-click deploy template",
            "Users can now go from signup to first deploy in 5 minutes",
            null);
    assertFalse(text.contains("going from"), text);
    assertTrue(text.contains("from signup to first deploy in 5 minutes"), text);
  }

  private String sentence(Competency competency, String text, String impact, String metric) {
    Entry entry = win(1, "2026-03-02", competency, text, impact, metric);
    return drafts.sentence(readings.strength(entry, false), l -> "").text();
  }

  /** How often {@code number} is said, "2,400" and "2400" alike. */
  private static int count(String text, String number) {
    String wanted = number.replace(",", "");
    return (int)
        NUMBER
            .matcher(text)
            .results()
            .filter(m -> m.group().replace(",", "").equals(wanted))
            .count();
  }
}
