package app.receipts.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {
  private final Packet packet = ReviewFixtures.packet();

  @Test
  void a_competency_under_half_its_weight_is_a_gap_even_with_some_evidence() {
    Coverage.Share codeQuality = packet.coverage().share(Competency.CODE_QUALITY);
    assertEquals(1, codeQuality.entries());
    assertEquals(23, codeQuality.total());
    assertTrue(codeQuality.gap());
    assertEquals(
        List.of(Competency.CODE_QUALITY),
        packet.gaps().stream().map(Packet.Gap::competency).toList(),
        "System design at 4 of 23 (17%) is above half its 20%");
    assertTrue(packet.gaps().get(0).suggestion().startsWith("Log the next refactor"));
    assertEquals("4% of the evidence (1 of 23) against a 25% weight", Coverage.figure(codeQuality));
  }

  @Test
  void recency_is_the_share_in_the_periods_last_fourth_with_advice_only_when_lopsided() {
    assertEquals(17, packet.coverage().recentPercent());
    assertEquals("", packet.coverage().recencyAdvice());

    List<Entry> late = new ArrayList<>();
    late.add(PacketFixtures.win(1, "2026-01-10", Competency.DELIVERY, "early", null, null));
    for (int i = 2; i <= 9; i++) {
      late.add(PacketFixtures.win(i, "2026-06-0" + i, Competency.DELIVERY, "late", null, null));
    }
    Coverage lopsided = new PacketCompiler().compile("", PacketFixtures.H1_2026, late).coverage();
    assertEquals(89, lopsided.recentPercent());
    assertTrue(
        lopsided.recencyAdvice().contains("over-weight recent work"), lopsided.recencyAdvice());
  }

  @Test
  void recency_is_said_with_its_dates_never_as_the_last_quarter() {
    // the newest entry was saved on Jun 17, so the half-year is cut there
    assertEquals(
        "17% of the evidence is from May 7 – Jun 17, 2026, the last fourth of the period up to"
            + " the newest entry.",
        packet.coverage().recencyFigure("the evidence"));
    String markdown = new MarkdownPacketRenderer().render(packet);
    assertTrue(markdown.contains("**Recency**: 17% of the evidence is from May 7 –"), markdown);
    assertFalse(markdown.contains("last quarter"), markdown);
  }

  @Test
  void a_period_of_three_months_or_less_says_nothing_about_recency() {
    List<Entry> late = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      late.add(PacketFixtures.win(i, "2026-06-2" + i, Competency.DELIVERY, "late", null, null));
    }
    for (String period : List.of("2026-06", "2026-Q2")) {
      Packet short_ =
          new PacketCompiler()
              .compile("", new PeriodParser().parse(period, LocalDate.of(2026, 7, 2)), late);
      assertEquals("", short_.coverage().recencyFigure("the evidence"), period);
      assertEquals("", short_.coverage().recencyAdvice(), period);
      assertFalse(new MarkdownPacketRenderer().render(short_).contains("Recency"), period);
      assertFalse(
          new PdfPacketRenderer().xhtml(short_).contains("of the evidence is from"), period);
    }
  }

  @Test
  void wins_without_a_number_are_listed_strongest_first() {
    List<Long> unmeasured = packet.coverage().unmeasured().stream().map(Entry::id).toList();
    // #5's impact says "used by 4 teams"; #13's "v2" is a name, not a number
    assertEquals(List.of(17L, 16L, 12L, 11L, 14L, 18L, 13L, 10L, 2L), unmeasured);
  }

  @Test
  void a_win_whose_only_numbers_are_no_metric_is_listed_as_without_one() {
    List<Entry> entries =
        List.of(
            PacketFixtures.win(
                1,
                "2026-02-01",
                Competency.DELIVERY,
                "Upgraded the gateway from Java 11 to 17",
                null,
                null),
            PacketFixtures.win(
                2,
                "2026-02-02",
                Competency.DELIVERY,
                "Onboarded 3 teams to the gateway",
                null,
                null),
            PacketFixtures.win(
                3,
                "2026-02-03",
                Competency.DELIVERY,
                "Fixed PROJ-4821 double refunds",
                null,
                null));
    Packet packet = new PacketCompiler().compile("", PacketFixtures.H1_2026, entries);

    List<Long> unmeasured = packet.coverage().unmeasured().stream().map(Entry::id).toList();
    assertEquals(List.of(1L, 3L), unmeasured.stream().sorted().toList());
  }

  @Test
  void an_empty_period_has_every_competency_as_a_gap_and_no_draft() {
    Packet empty = new PacketCompiler().compile("", PacketFixtures.H1_2026, List.of());
    assertEquals(Competency.values().length, empty.gaps().size());
    assertEquals("", empty.coverage().recencyAdvice());
    assertTrue(empty.drafts().isEmpty());
    assertEquals(null, empty.growth());
  }
}
