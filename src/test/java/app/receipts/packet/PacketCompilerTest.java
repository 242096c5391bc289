package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PacketCompilerTest {
  private final Packet packet =
      new PacketCompiler()
          .compile(
              PacketFixtures.USER,
              PacketFixtures.H1_2026,
              PacketFixtures.entries(),
              PacketFixtures.AUTHORS);

  @Test
  void counts_only_kept_evidence_inside_the_period() {
    assertEquals(9, packet.winCount());
    assertEquals(4, packet.praiseCount());
  }

  @Test
  void groups_by_competency_in_rubric_order_strongest_first() {
    assertEquals(
        List.of(Competency.values()),
        packet.sections().stream().map(Packet.Section::competency).toList());
    Packet.Section codeQuality = packet.sections().get(0);
    assertEquals(List.of(1L, 2L), ids(codeQuality.wins()));
    assertEquals(List.of(3L), ids(codeQuality.praise()));
    Packet.Section collaboration = packet.sections().get(3);
    assertEquals(List.of(8L, 6L), ids(collaboration.praise()), "praise alike: newest first");
    Packet.Section delivery = packet.sections().get(4);
    assertEquals(List.of(9L, 10L), ids(delivery.wins()), "the measured win before the newer one");
  }

  @Test
  void highlights_are_the_strongest_evidence_capped_at_five() {
    assertEquals(
        List.of(4L, 1L, 11L, 3L, 8L), ids(packet.highlights()), "three metrics, then praise");
  }

  @Test
  void highlights_fill_up_with_praise_and_plain_wins_and_break_ties_by_newest() {
    List<Entry> entries =
        List.of(
            PacketFixtures.win(1, "2026-02-01", Competency.DELIVERY, "a", null, null),
            PacketFixtures.win(2, "2026-02-01", Competency.DELIVERY, "b", null, null),
            PacketFixtures.praise(3, "2026-01-01", Competency.DELIVERY, "U0ALEX", "c"),
            PacketFixtures.win(4, "2026-01-02", Competency.DELIVERY, "d", null, "10x"));
    Packet small = new PacketCompiler().compile("", PacketFixtures.H1_2026, entries);
    assertEquals(List.of(4L, 3L, 2L, 1L), ids(small.highlights()));
    assertEquals("praised by U0ALEX", small.reason(small.highlights().get(1)));
  }

  @Test
  void reports_each_competency_without_evidence_as_a_gap_with_its_own_suggestion() {
    assertEquals(
        List.of(Competency.SYSTEM_DESIGN),
        packet.gaps().stream().map(Packet.Gap::competency).toList());
    Packet empty = new PacketCompiler().compile("", PacketFixtures.H1_2026, List.of());
    assertEquals(Competency.values().length, empty.gaps().size());
    assertEquals(
        Competency.values().length,
        empty.gaps().stream().map(Packet.Gap::suggestion).distinct().count(),
        "every competency gets a tailored suggestion");
  }

  @Test
  void drafts_come_from_wins_grouped_by_competency_with_praise_quoted_not_rewritten() {
    Packet.DraftGroup codeQuality = packet.drafts().get(0);
    assertEquals(Competency.CODE_QUALITY, codeQuality.competency());
    assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L)), citations(codeQuality));
    assertTrue(packet.drafts().stream().noneMatch(g -> g.competency() == Competency.SYSTEM_DESIGN));
    assertTrue(
        packet.drafts().stream()
            .flatMap(g -> g.sentences().stream())
            .filter(s -> s.text().contains("Спасибо"))
            .allMatch(s -> s.text().startsWith("Дмитрий Иванов wrote: “")),
        "praise is someone else's words: quoted and attributed, never made the person's own");
  }

  @Test
  void timeline_has_every_month_of_the_period_including_empty_ones() {
    Timeline timeline = packet.timeline();
    assertEquals(6, timeline.months().size());
    Timeline.Month may = timeline.months().get(4);
    assertEquals(YearMonth.of(2026, 5), may.month());
    assertEquals(1, may.count(Competency.PROBLEM_SOLVING));
    assertEquals(3, may.total());
    assertEquals(3, timeline.maxMonthTotal());
    Packet quiet = new PacketCompiler().compile("", PacketFixtures.H1_2026, List.of());
    assertEquals(6, quiet.timeline().months().size());
  }

  @Test
  void compiles_twenty_thousand_entries() {
    Packet big =
        new PacketCompiler().compile("Zoë", PacketFixtures.H1_2026, PacketFixtures.many(20_000));
    assertEquals(PacketCompiler.MAX_HIGHLIGHTS, big.highlights().size());
    assertTrue(big.entryCount() > 8_000);
    assertTrue(
        big.drafts().stream()
            .allMatch(g -> g.sentences().size() <= Drafts.WINS_PER_COMPETENCY + 1));
  }

  private static List<List<Long>> citations(Packet.DraftGroup group) {
    return group.sentences().stream().map(Packet.Sentence::ids).toList();
  }

  private static List<Long> ids(List<Entry> entries) {
    return entries.stream().map(Entry::id).toList();
  }
}
