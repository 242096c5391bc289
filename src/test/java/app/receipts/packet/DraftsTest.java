package app.receipts.packet;

import static app.receipts.packet.ReviewFixtures.AWS;
import static app.receipts.packet.ReviewFixtures.CI;
import static app.receipts.packet.ReviewFixtures.CONTRACT;
import static app.receipts.packet.ReviewFixtures.COVERAGE;
import static app.receipts.packet.ReviewFixtures.ERROR_RATE;
import static app.receipts.packet.ReviewFixtures.LATENCY;
import static app.receipts.packet.ReviewFixtures.PAGES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DraftsTest {
  private static final Pattern CITATION = Pattern.compile(" \\[#(\\d+)(?:, #\\d+)*\\]\\.$");
  private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*");

  private final Packet packet = ReviewFixtures.packet();
  private final Map<Long, Entry> byId =
      ReviewFixtures.entries().stream().collect(Collectors.toMap(Entry::id, Function.identity()));

  @Test
  void every_sentence_cites_an_entry_whose_words_hold_each_number_it_quotes() {
    List<Packet.Sentence> sentences = sentences();
    assertTrue(sentences.size() >= 19, "one per win, up to five per competency, and praise");
    for (Packet.Sentence sentence : sentences) {
      Matcher citation = CITATION.matcher(sentence.text());
      assertTrue(citation.find(), "ends on its citation: " + sentence.text());
      Entry entry = byId.get(Long.parseLong(citation.group(1)));
      assertNotNull(entry, sentence.text());
      assertEquals(List.of(entry.id()), sentence.ids());
      String source =
          entry.text() + " " + Objects.toString(entry.impact(), "") + " " + entry.metric();
      Matcher number = NUMBER.matcher(sentence.text().substring(0, citation.start()));
      while (number.find()) {
        assertTrue(
            source.contains(number.group()),
            number.group() + " is not in entry #" + entry.id() + ": " + sentence.text());
      }
    }
  }

  @Test
  void a_win_on_an_api_path_keeps_the_fixed_lines_subject_in_its_sentence() {
    Readings readings = new Readings();
    Drafts drafts = new Drafts(readings, e -> "Sam", id -> id);
    Entry fixed =
        PacketFixtures.win(
            40,
            "2026-03-02",
            Competency.PROBLEM_SOLVING,
            "reduced error rate on /api/payments from 2.3% to 0.4% by root-causing a pool leak",
            null,
            "error rate 2.3% → 0.4%");
    String text = drafts.sentence(readings.strength(fixed, false), licensed -> "").text();

    assertTrue(text.contains("error rate 2.3% → 0.4%"), text);
    assertFalse(text.contains("api/payments 2.3%"), text);

    // a bare line still takes the text's fuller subject for the same numbers
    Entry bare =
        PacketFixtures.win(
            41,
            "2026-03-03",
            Competency.PROBLEM_SOLVING,
            "Reduced p95 search latency from 1.8s to 210ms with an index",
            null,
            "1.8s → 210ms");
    String fuller = drafts.sentence(readings.strength(bare, false), licensed -> "").text();
    assertTrue(fuller.contains("p95 search latency 1.8s → 210ms"), fuller);
  }

  @Test
  void links_go_to_a_reference_after_the_sentence_never_inside_it() {
    for (Packet.Sentence sentence : sentences()) {
      assertFalse(sentence.text().contains("http"), sentence.text());
      assertFalse(sentence.text().contains("<"), sentence.text());
    }
    assertEquals(List.of("https://wiki.acme.dev/payments/onboarding"), sentenceFor(PAGES).links());
    assertEquals(List.of("https://github.com/acme/search/pull/812"), sentenceFor(LATENCY).links());
  }

  @Test
  void sentences_read_win_impact_metric_with_the_metric_said_once() {
    assertEquals(
        "I cut CI time by caching Gradle outputs: CI time 24 min → 9 min [#6].",
        sentenceFor(CI).text());
    assertEquals(
        "I raised unit test coverage on the billing module: unit test coverage 41% → 78% [#19].",
        sentenceFor(COVERAGE).text());
    String latency = sentenceFor(LATENCY).text();
    assertTrue(
        latency.equals(
            "I reduced p95 search latency by adding a composite index on listings, which keeps"
                + " the mobile app's search inside its SLO: p95 search latency 1.8s → 210ms"
                + " [#1]."),
        latency);
    for (Packet.Sentence sentence : sentences()) {
      for (String number : List.of("1.8", "2.3", "41%", "24 ", "14k")) {
        int first = sentence.text().indexOf(number);
        assertTrue(
            first < 0 || sentence.text().indexOf(number, first + 1) < 0,
            number + " twice in: " + sentence.text());
      }
    }
  }

  @Test
  void an_opener_is_said_only_where_the_entrys_words_license_it() {
    // "used by 4 teams" licenses the cross-team opener; "Led the incident review" leads on its own
    assertTrue(
        sentenceFor(CONTRACT).text().startsWith("Working across teams, I designed"),
        sentenceFor(CONTRACT).text());
    assertTrue(sentenceFor(16).text().startsWith("I led the incident review"));
    for (long plain : List.of(LATENCY, ERROR_RATE, AWS, CI, COVERAGE, 2L)) {
      assertTrue(sentenceFor(plain).text().startsWith("I "), sentenceFor(plain).text());
    }
  }

  @Test
  void the_same_entries_always_give_the_same_draft() {
    assertEquals(packet.drafts(), ReviewFixtures.packet().drafts());
    assertEquals(packet.growth(), ReviewFixtures.packet().growth());
    for (Packet.DraftGroup group : packet.drafts()) {
      List<String> openers =
          group.sentences().stream()
              .filter(s -> !s.text().startsWith("I ") && !s.text().contains(" wrote: "))
              .map(s -> s.text().substring(0, s.text().indexOf(", I ")))
              .toList();
      assertEquals(openers.size(), new HashSet<>(openers).size(), "no opener twice: " + openers);
    }
  }

  @Test
  void praise_is_quoted_with_its_author_and_its_message_as_the_reference() {
    Packet.Sentence praise = group(Competency.PROBLEM_SOLVING).sentences().get(4);
    assertEquals(
        "Alex Kim wrote: “The error-rate fix made Monday's sale the calmest we've had. Thank"
            + " you” [#21].",
        praise.text());
    assertEquals(List.of(byId.get(21L).permalink()), praise.links());
  }

  @Test
  void one_growth_paragraph_for_the_weakest_weighted_competency_citing_its_evidence() {
    Packet.Growth growth = packet.growth();
    assertEquals(Competency.CODE_QUALITY, growth.competency());
    assertEquals(List.of(COVERAGE), growth.ids());
    assertTrue(
        growth
            .text()
            .startsWith(
                "Code quality carries 25% of the rubric, but 1 of my 23 entries (4%) in this"
                    + " period are about it [#19]. I am developing this"),
        growth.text());
  }

  private Packet.DraftGroup group(Competency competency) {
    return packet.drafts().stream()
        .filter(g -> g.competency() == competency)
        .findFirst()
        .orElseThrow();
  }

  private Packet.Sentence sentenceFor(long id) {
    return sentences().stream()
        .filter(s -> s.ids().equals(List.of(id)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no sentence for #" + id));
  }

  private List<Packet.Sentence> sentences() {
    return packet.drafts().stream().flatMap(g -> g.sentences().stream()).toList();
  }
}
