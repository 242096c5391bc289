package app.receipts.packet;

import static app.receipts.packet.ReviewFixtures.AWS;
import static app.receipts.packet.ReviewFixtures.CI;
import static app.receipts.packet.ReviewFixtures.CONTRACT;
import static app.receipts.packet.ReviewFixtures.ERROR_RATE;
import static app.receipts.packet.ReviewFixtures.FLAKY;
import static app.receipts.packet.ReviewFixtures.HIRES;
import static app.receipts.packet.ReviewFixtures.LATENCY;
import static app.receipts.packet.ReviewFixtures.PAGES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StrengthRankingTest {
  private final Packet packet = ReviewFixtures.packet();

  @Test
  void the_largest_effects_are_the_highlights_whatever_their_age() {
    List<Long> highlights = ids(packet.highlights());
    assertEquals(LATENCY, highlights.get(0), "the oldest win of the period has the largest effect");
    assertTrue(highlights.containsAll(List.of(AWS, ERROR_RATE, CI)), highlights.toString());
    for (long weaker : List.of(HIRES, PAGES, FLAKY)) {
      assertFalse(highlights.contains(weaker), weaker + " is not a highlight: " + highlights);
    }
  }

  @Test
  void each_highlight_says_in_one_line_why_it_was_chosen() {
    assertEquals("largest effect: p95 search latency 1.8s → 210ms, −88%", reason(LATENCY));
    assertEquals("measured effect: error rate 2.3% → 0.4%, −83%", reason(ERROR_RATE));
    assertEquals("measured effect: AWS bill −$14k/month, about $168k a year", reason(AWS));
    assertEquals("reached 4 teams", reason(CONTRACT));
    assertEquals("measured effect: CI 24 min → 9 min, −62%", reason(CI));
  }

  @Test
  void inside_a_competency_the_strongest_come_first_and_recency_only_breaks_ties() {
    Packet.Section problems = packet.sections().get(Competency.PROBLEM_SOLVING.ordinal());
    assertEquals(List.of(LATENCY, ERROR_RATE), ids(problems.wins()).subList(0, 2));
    Packet.Section collaboration = packet.sections().get(Competency.COLLABORATION.ordinal());
    assertEquals(HIRES, collaboration.wins().get(0).id(), "3 new hires reach people");
    assertEquals(List.of(22L, 20L), ids(collaboration.praise()), "equal praise: newest first");
  }

  @Test
  void money_is_annualised_and_time_saved_counts_per_year() {
    List<Entry> entries =
        List.of(
            PacketFixtures.win(
                1, "2026-02-01", Competency.DELIVERY, "cut spend", null, "spend −$500/month"),
            PacketFixtures.win(
                2, "2026-02-02", Competency.DELIVERY, "cut spend", null, "spend −$5k/year"),
            PacketFixtures.win(
                3,
                "2026-02-03",
                Competency.DELIVERY,
                "automated the release notes, saving the support team 5 hours a week",
                null,
                null));
    Packet small = new PacketCompiler().compile("", PacketFixtures.H1_2026, entries);
    assertEquals(List.of(3L, 1L, 2L), ids(small.highlights()), "260 h/year, $6k/year, $5k/year");
    assertTrue(small.reason(small.highlights().get(0)).contains("about 260 hours a year"));
  }

  @Test
  void a_pinned_entry_is_always_a_highlight_and_a_left_out_one_is_nowhere() {
    Set<Long> pinned = Set.of(PAGES);
    Set<Long> leftOut = Set.of(AWS);
    Packet chosen =
        new PacketCompiler()
            .compile(
                "Zoë",
                PacketFixtures.H1_2026,
                ReviewFixtures.entries(),
                ReviewFixtures.AUTHORS,
                e -> pinned.contains(e.id()),
                e -> leftOut.contains(e.id()));
    assertEquals(PAGES, chosen.highlights().get(0).id());
    assertEquals("pinned by you", chosen.reason(chosen.highlights().get(0)));
    assertEquals(PacketCompiler.MAX_HIGHLIGHTS, chosen.highlights().size());
    assertEquals(18, chosen.winCount(), "left out of the counts too");
    assertTrue(
        chosen.sections().stream().flatMap(s -> s.wins().stream()).noneMatch(e -> e.id() == AWS));
    assertTrue(
        chosen.drafts().stream()
            .flatMap(g -> g.sentences().stream())
            .noneMatch(s -> s.ids().contains(AWS)));
  }

  @Test
  void the_flags_a_person_set_on_their_entries_pin_and_leave_out_by_default() {
    List<Entry> entries =
        ReviewFixtures.entries().stream()
            .map(
                e ->
                    e.id() == PAGES
                        ? e.toBuilder().pinned(true).build()
                        : e.id() == AWS ? e.toBuilder().leftOut(true).build() : e)
            .toList();
    Packet chosen =
        new PacketCompiler()
            .compile("Zoë", PacketFixtures.H1_2026, entries, ReviewFixtures.AUTHORS);
    assertEquals(PAGES, chosen.highlights().get(0).id());
    assertEquals("pinned by you", chosen.reason(chosen.highlights().get(0)));
    assertFalse(ids(chosen.highlights()).contains(AWS));
    assertEquals(18, chosen.winCount(), "the left-out win is not counted");
  }

  @Test
  void praise_is_chosen_as_praise_from_its_author() {
    List<Entry> entries =
        List.of(
            PacketFixtures.praise(1, "2026-02-01", Competency.COLLABORATION, "U0DANA", "thanks!"),
            PacketFixtures.win(
                2, "2026-02-02", Competency.COLLABORATION, "wrote notes", null, null));
    Packet small =
        new PacketCompiler().compile("", PacketFixtures.H1_2026, entries, ReviewFixtures.AUTHORS);
    assertEquals(List.of(1L, 2L), ids(small.highlights()));
    assertEquals("praised by Dana Whitfield", small.reason(small.highlights().get(0)));
    assertEquals("recent, without a number yet", small.reason(small.highlights().get(1)));
  }

  private String reason(long id) {
    return packet.highlights().stream()
        .filter(e -> e.id() == id)
        .map(packet::reason)
        .findFirst()
        .orElse("not a highlight");
  }

  private static List<Long> ids(List<Entry> entries) {
    return entries.stream().map(Entry::id).toList();
  }
}
