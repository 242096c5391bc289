package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The win rules against the labelled corpus (src/test/resources/rules, CORPUS-SCHEMA.md). The rules
 * are tuned on the tuning half only; the held-out half is scored here and nowhere else, and only
 * its totals are printed, so a failure never shows its cases to whoever tunes the rules.
 */
class RulesCorpusTest {
  static final double METRIC_RECALL = 0.95;
  static final double METRIC_PRECISION = 0.95;
  static final double FALSE_METRICS = 0.02;
  static final double COMPETENCY = 0.85;

  @Test
  void tuning_half_meets_the_bars() {
    List<String> misses = new ArrayList<>();
    CorpusScore.Report report =
        CorpusScore.score(CorpusScore.lines("/rules/wins-tuning.jsonl"), misses::add);
    System.out.println(report.text("tuning"));
    misses.forEach(System.out::println);
    assertBars(report.all(), "tuning");
  }

  @Test
  void held_out_half_meets_the_bars() {
    CorpusScore.Report report =
        CorpusScore.score(CorpusScore.lines("/rules/wins-heldout.jsonl"), miss -> {});
    System.out.println(report.text("held-out"));
    assertBars(report.all(), "held-out");
  }

  @Test
  void every_command_case_is_classified_as_labelled() {
    List<JsonNode> cases = CorpusScore.lines("/rules/commands.jsonl");
    List<String> wrong = new ArrayList<>();
    for (JsonNode c : cases) {
      String text = c.get("text").asText();
      CommandVerdict verdict = Rules.command(text, Rules.SUBCOMMANDS);
      boolean right =
          c.get("expect").asText().equals("win")
              ? verdict.isWin()
              : !verdict.isWin() && verdict.command().equals(c.get("command").asText());
      if (!right) {
        wrong.add(text + " -> " + verdict);
      }
    }
    System.out.println("commands: " + (cases.size() - wrong.size()) + "/" + cases.size());
    assertTrue(cases.size() >= 20, "commands: " + cases.size());
    assertEquals(List.of(), wrong);
  }

  @Test
  void both_halves_are_large_and_disjoint() {
    List<String> tuning =
        CorpusScore.lines("/rules/wins-tuning.jsonl").stream()
            .map(w -> w.get("text").asText())
            .toList();
    List<String> heldOut =
        CorpusScore.lines("/rules/wins-heldout.jsonl").stream()
            .map(w -> w.get("text").asText())
            .toList();
    assertTrue(tuning.size() >= 200, "tuning: " + tuning.size());
    assertTrue(heldOut.size() >= 200, "held-out: " + heldOut.size());
    assertTrue(tuning.stream().noneMatch(heldOut::contains), "a text is in both halves");
  }

  private static void assertBars(CorpusScore.Tally all, String half) {
    String figures = all.line(half);
    assertAll(
        () -> assertTrue(all.recall() >= METRIC_RECALL, "metric recall: " + figures),
        () -> assertTrue(all.precision() >= METRIC_PRECISION, "metric precision: " + figures),
        () -> assertTrue(all.falseRate() <= FALSE_METRICS, "false metrics: " + figures),
        () -> assertTrue(all.competency() >= COMPETENCY, "competency: " + figures));
  }
}
