package app.receipts.packet;

import static app.receipts.packet.PacketFixtures.win;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OpenersTest {
  /**
   * Entries a tester saw turned into claims: none of them says led, root cause, mentored or teams.
   */
  private static final List<String> PLAIN =
      List.of(
          "Cut p95 checkout latency from 1.8s to 210ms",
          "Reduced error rate on the payments gateway from 2.3% to 0.4%",
          "wrote RFC for the rate limiter",
          "Migrated 2.1M rows to the new schema with no downtime",
          "Shipped the refunds API two weeks early",
          "Raised unit test coverage on the billing module from 41% to 78%",
          // words a licence must not be fooled by (found in review)
          "Tuned the alert thresholds, which led to 40% fewer pages",
          "Cut deploy lead time from 3 days to 4 h",
          "Pinged the service owner and fixed the stale cache",
          "Fewer pages for on-call teams after the alert cleanup");

  /**
   * What an opener may claim, written apart from {@link Openers} so the test does not trust its
   * table: a claim word in an opener needs one of the licence words in the entry.
   */
  private static final Map<String, Pattern[]> CLAIMS =
      Map.of(
          "leadership",
          claim(
              "\\b(?:lead|leading|led|owner|owning|drove|driving|drive|end to end|direction)\\b",
              "\\b(?:led|lead|leading|drove|driving|owned|owner|owning)\\b"),
          "root cause",
          claim(
              "\\b(?:root|cause|systemic|symptoms?|bottom|recurring|coming back|lasting)\\b",
              "\\b(?:root[ -]caus\\w*|systemic|recurr\\w*|kept coming back)\\b"),
          "mentoring",
          claim(
              "\\b(?:mentor\\w*|coach\\w*|grow\\w*|teach\\w*|others|other people|new people"
                  + "|side by side|helping)\\b",
              "\\b(?:mentor\\w*|coach\\w*|onboard\\w*|pair\\w*|taught|teaching)\\b"),
          "teams",
          claim(
              "\\b(?:teams?|across|beyond|together|connector)\\b",
              "\\b(?:teams|cross-team|org-wide|company-wide|organi[sz]ation-wide)\\b"),
          "initiative",
          claim(
              "\\b(?:initiative|proactive\\w*|unasked|without being asked)\\b",
              "\\b(?:proactive\\w*|unprompted)\\b"));

  private final Readings readings = new Readings();
  private final Drafts drafts = new Drafts(readings, e -> "Sam", id -> id);

  @Test
  void in_every_competency_a_win_without_licensing_words_starts_plainly_on_i() {
    for (Competency competency : Competency.values()) {
      List<Strength> wins = new ArrayList<>();
      for (int i = 0; i < PLAIN.size(); i++) {
        wins.add(
            readings.strength(win(i + 1, "2026-03-02", competency, PLAIN.get(i), "", ""), false));
      }
      Packet.DraftGroup group = drafts.group(competency, wins, List.of());
      for (Packet.Sentence sentence : group.sentences()) {
        assertTrue(sentence.text().startsWith("I "), competency + ": " + sentence.text());
      }
    }
  }

  /** Each opener, and words written by hand that make it true. */
  private static final Map<String, List<String>> LICENSED =
      Map.ofEntries(
          Map.entry("Taking the lead", List.of("led the rollout", "drove the migration")),
          Map.entry("As its owner", List.of("owned the pager rota")),
          Map.entry("Getting to the bottom of it", List.of("found the root cause")),
          Map.entry("Treating it as a systemic problem", List.of("a systemic gap")),
          Map.entry("Going after a problem that kept coming back", List.of("a recurring failure")),
          Map.entry("Investing in other people's growth", List.of("mentored two interns")),
          Map.entry("To help new people get started", List.of("onboarded Priya")),
          Map.entry("Working side by side", List.of("paired with the SRE")),
          Map.entry("Working across teams", List.of("used by 4 teams", "with other product teams")),
          Map.entry("Beyond my own team", List.of("an org-wide change")),
          Map.entry("On my own initiative", List.of("proactively")));

  @Test
  void in_every_competency_each_licence_may_open_the_sentence_with_what_it_licenses() {
    assertEquals(
        Openers.ALL.stream().map(Openers.Opener::words).collect(Collectors.toSet()),
        LICENSED.keySet());
    for (Competency competency : Competency.values()) {
      LICENSED.forEach(
          (opener, phrases) -> {
            for (String phrase : phrases) {
              Entry entry =
                  win(
                      1,
                      "2026-03-02",
                      competency,
                      "updated the export job",
                      "noted: " + phrase,
                      "");
              String text = drafts.sentence(readings.strength(entry, false), first()).text();
              assertTrue(text.startsWith(opener + ", I updated"), phrase + ": " + text);
            }
          });
    }
  }

  @Test
  void a_licence_that_is_only_the_sentences_own_verb_adds_no_opener() {
    Entry led = win(1, "2026-05-06", Competency.PROBLEM_SOLVING, "Led the incident review", "", "");
    assertEquals(
        "I led the incident review [#1].",
        drafts.sentence(readings.strength(led, false), first()).text());
  }

  @Test
  void across_varied_entries_no_opener_claims_what_the_entry_does_not_say() {
    List<Entry> entries = new ArrayList<>(ReviewFixtures.entries());
    entries.addAll(PacketFixtures.entries().stream().map(e -> renumbered(e, 100)).toList());
    for (int i = 0; i < PLAIN.size(); i++) {
      entries.add(
          win(
              200 + i,
              String.format("2026-04-%02d", i + 1),
              Competency.values()[i % Competency.values().length],
              PLAIN.get(i),
              "",
              ""));
    }
    entries.add(
        win(
            300,
            "2026-05-02",
            Competency.COLLABORATION,
            "Migrated 2.1M rows to the new schema",
            "unblocked the mobile team",
            ""));
    entries.add(
        win(
            301,
            "2026-05-03",
            Competency.PROBLEM_SOLVING,
            "Fixed the recurring deadlock in the ledger",
            "after mentoring Ana through the root cause",
            ""));
    Map<Long, Entry> byId =
        entries.stream().collect(Collectors.toMap(Entry::id, Function.identity(), (a, b) -> a));
    Packet packet =
        new PacketCompiler()
            .compile("Sam", PacketFixtures.H1_2026, entries, ReviewFixtures.AUTHORS);
    int opened = 0;
    for (Packet.DraftGroup group : packet.drafts()) {
      for (Packet.Sentence sentence : group.sentences()) {
        Entry entry = byId.get(sentence.ids().get(0));
        if (sentence.text().startsWith("I ") || entry.kind() != Entry.Kind.WIN) {
          continue;
        }
        opened++;
        String opener = sentence.text().substring(0, sentence.text().indexOf(", I "));
        String words =
            (entry.text() + " " + Objects.toString(entry.impact(), "") + " " + entry.metric())
                .toLowerCase(java.util.Locale.ROOT);
        CLAIMS.forEach(
            (claim, patterns) -> {
              if (patterns[0].matcher(opener.toLowerCase(java.util.Locale.ROOT)).find()) {
                assertTrue(
                    patterns[1].matcher(words).find(),
                    claim + " claimed without a licence: " + sentence.text());
              }
            });
      }
    }
    assertTrue(opened >= 3, "some entries do license an opener");
    assertFalse(
        packet.drafts().stream()
            .flatMap(g -> g.sentences().stream())
            .filter(s -> s.ids().get(0) >= 200 && s.ids().get(0) < 300)
            .anyMatch(s -> !s.text().startsWith("I ")),
        "the tester's plain entries open on I");
  }

  private static Function<List<String>, String> first() {
    return licensed -> licensed.isEmpty() ? "" : licensed.get(0);
  }

  private static Pattern[] claim(String inOpener, String inEntry) {
    return new Pattern[] {Pattern.compile(inOpener), Pattern.compile(inEntry)};
  }

  private static Entry renumbered(Entry entry, long by) {
    return entry.toBuilder().id(entry.id() + by).build();
  }
}
