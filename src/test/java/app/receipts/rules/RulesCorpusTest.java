package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

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

  /**
   * What the held-out half reached on 2026-12-02, run 6 (recall 82.6%, precision 81.8%, false
   * metrics 4.5%, competency 85.7%), below the metric bars above: issue 17 stays open until it
   * meets them. These floors only stop the rules from getting worse on wins they were never tuned
   * on.
   */
  static final double HELD_OUT_RECALL_FLOOR = 0.82;

  static final double HELD_OUT_PRECISION_FLOOR = 0.81;
  static final double HELD_OUT_FALSE_METRICS_CEILING = 0.05;
  static final double HELD_OUT_COMPETENCY_FLOOR = 0.85;

  /** The files the rules may be tuned on: the corpus's tuning half and the cases added to it. */
  static final List<String> TUNING =
      List.of(
          "/rules/wins-tuning.jsonl", "/rules/wins-tuning-2.jsonl", "/rules/wins-tuning-3.jsonl");

  /** The tuning files that meet the bars, alone and together. */
  static final List<String> MEETING_THE_BARS =
      List.of("/rules/wins-tuning.jsonl", "/rules/wins-tuning-2.jsonl");

  /**
   * wins-tuning-3 was labelled before the rules ran on it; as delivered it scored recall 75.7%,
   * precision 78.3%, false metrics 4.3%, competency 79.5% (an estimate of wins never seen). These
   * floors are what the rules reached on it after tuning by general phrase shapes; the bars above
   * are not met on it yet. Raise them as the rules improve; never lower them.
   */
  static final double TUNING_3_RECALL_FLOOR = 0.89;

  static final double TUNING_3_PRECISION_FLOOR = 0.91;
  static final double TUNING_3_FALSE_METRICS_CEILING = 0.015;
  static final double TUNING_3_COMPETENCY_FLOOR = 0.89;

  /** What the first two tuning files reach (above the bars), alone and together. */
  static final double TUNING_FLOOR = 0.98;

  @Test
  void tuning_half_meets_the_bars() {
    List<String> misses = new ArrayList<>();
    List<JsonNode> all = new ArrayList<>();
    List<Executable> checks = new ArrayList<>();
    for (String file : TUNING) {
      List<JsonNode> wins = CorpusScore.lines(file);
      String label = file.substring(file.lastIndexOf('/') + 1, file.indexOf('.'));
      CorpusScore.Report report = CorpusScore.score(wins, misses::add);
      System.out.println(report.all().line(label));
      if (MEETING_THE_BARS.contains(file)) {
        all.addAll(wins);
        checks.add(() -> assertBars(report.all(), label));
        checks.add(() -> assertTuningFloor(report.all(), label));
      } else {
        checks.add(() -> assertTuning3Floors(report.all(), label));
      }
    }
    CorpusScore.Report report = CorpusScore.score(all, miss -> {});
    System.out.println(report.text("tuning"));
    misses.forEach(System.out::println);
    checks.add(() -> assertBars(report.all(), "tuning"));
    checks.add(() -> assertTuningFloor(report.all(), "tuning"));
    assertAll(checks);
  }

  private static void assertTuningFloor(CorpusScore.Tally all, String label) {
    String figures = all.line(label);
    assertAll(
        () -> assertTrue(all.recall() >= TUNING_FLOOR, "metric recall: " + figures),
        () -> assertTrue(all.precision() >= TUNING_FLOOR, "metric precision: " + figures),
        () -> assertTrue(all.competency() >= TUNING_FLOOR, "competency: " + figures));
  }

  private static void assertTuning3Floors(CorpusScore.Tally all, String label) {
    String figures = all.line(label);
    assertAll(
        () -> assertTrue(all.recall() >= TUNING_3_RECALL_FLOOR, "metric recall: " + figures),
        () ->
            assertTrue(all.precision() >= TUNING_3_PRECISION_FLOOR, "metric precision: " + figures),
        () ->
            assertTrue(
                all.falseRate() <= TUNING_3_FALSE_METRICS_CEILING, "false metrics: " + figures),
        () -> assertTrue(all.competency() >= TUNING_3_COMPETENCY_FLOOR, "competency: " + figures));
  }

  /**
   * The competency figure of the tuning files is in-sample (the word model is trained on them);
   * this one is not: five folds, each scored with a model trained on the other four.
   */
  @Test
  void tuning_files_cross_validated_competency_meets_the_bar() {
    List<JsonNode> wins =
        TUNING.stream().flatMap(file -> CorpusScore.lines(file).stream()).toList();
    int right = 0;
    for (int fold = 0; fold < 5; fold++) {
      List<WordModel.Example> training = new ArrayList<>();
      for (int i = 0; i < wins.size(); i++) {
        if (i % 5 != fold) {
          training.add(
              new WordModel.Example(
                  wins.get(i).get("text").asText(),
                  Competency.fromId(wins.get(i).get("competencies").get(0).asText())
                      .orElseThrow()));
        }
      }
      WordModel model = WordModel.train(training);
      for (int i = fold; i < wins.size(); i += 5) {
        String text = wins.get(i).get("text").asText();
        List<Token> tokens = Tokenizer.tokens(text);
        String top =
            CompetencyScorer.score(
                    text,
                    tokens,
                    MetricExtractor.extract(tokens),
                    PersonalLexicon.EMPTY,
                    model,
                    CompetencyScorer.MODEL_WEIGHT)
                .top()
                .id();
        for (JsonNode acceptable : wins.get(i).get("competencies")) {
          if (acceptable.asText().equals(top)) {
            right++;
            break;
          }
        }
      }
    }
    double share = (double) right / wins.size();
    String figure = String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * share, right, wins.size());
    System.out.println("tuning cross-validated competency " + figure);
    assertTrue(share >= COMPETENCY, "cross-validated competency: " + figure);
  }

  @Test
  void held_out_half_does_not_fall_below_what_it_reached() {
    CorpusScore.Report report =
        CorpusScore.score(CorpusScore.lines("/rules/wins-heldout.jsonl"), miss -> {});
    System.out.println(report.text("held-out"));
    CorpusScore.Tally all = report.all();
    String figures = all.line("held-out");
    System.out.println(
        "held-out against the issue's bars (95% recall and precision, ≤ 2% false, ≥ 85%"
            + " competency): "
            + (meetsBars(all) ? "met" : "NOT met")
            + " — "
            + figures);
    assertAll(
        () -> assertTrue(all.recall() >= HELD_OUT_RECALL_FLOOR, "metric recall: " + figures),
        () ->
            assertTrue(all.precision() >= HELD_OUT_PRECISION_FLOOR, "metric precision: " + figures),
        () ->
            assertTrue(
                all.falseRate() <= HELD_OUT_FALSE_METRICS_CEILING, "false metrics: " + figures),
        () -> assertTrue(all.competency() >= HELD_OUT_COMPETENCY_FLOOR, "competency: " + figures));
  }

  /**
   * A second file the rules were never tuned on: 105 wins by the writer of wins-tuning-3, delivered
   * with it and kept out of the repository until that file's tuning was done, then scored once
   * (2026-12-02: recall 76.3%, precision 77.3%, false metrics 7.9%, competency 80.0%). Like the
   * held-out half, it only guards against regressions; nobody tunes on it.
   */
  @Test
  void fresh_file_does_not_fall_below_what_it_reached() {
    assertFreshFloors("/rules/wins-fresh.jsonl", "fresh", 0.76, 0.77, 0.08, 0.80);
  }

  /**
   * A third file never tuned on: 120 wins by the writer of wins-tuning-4 (kept on the unmerged
   * rules branch), scored once against the rules on main before anyone read its lines (2026-12-02:
   * recall 76.1%, precision 73.6%, false metrics 0.0%, competency 78.3%). A regression guard too.
   */
  @Test
  void second_fresh_file_does_not_fall_below_what_it_reached() {
    assertFreshFloors("/rules/wins-fresh-2.jsonl", "fresh-2", 0.76, 0.73, 0.0, 0.78);
  }

  private static void assertFreshFloors(
      String file, String label, double recall, double precision, double falseRate, double fits) {
    CorpusScore.Tally all = CorpusScore.score(CorpusScore.lines(file), miss -> {}).all();
    String figures = all.line(label);
    System.out.println(figures);
    assertAll(
        () -> assertTrue(all.recall() >= recall, "metric recall: " + figures),
        () -> assertTrue(all.precision() >= precision, "metric precision: " + figures),
        () -> assertTrue(all.falseRate() <= falseRate, "false metrics: " + figures),
        () -> assertTrue(all.competency() >= fits, "competency: " + figures));
  }

  private static boolean meetsBars(CorpusScore.Tally all) {
    return all.recall() >= METRIC_RECALL
        && all.precision() >= METRIC_PRECISION
        && all.falseRate() <= FALSE_METRICS
        && all.competency() >= COMPETENCY;
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
        TUNING.stream()
            .flatMap(file -> CorpusScore.lines(file).stream())
            .map(w -> w.get("text").asText())
            .toList();
    List<String> heldOut =
        Stream.of(
                "/rules/wins-heldout.jsonl", "/rules/wins-fresh.jsonl", "/rules/wins-fresh-2.jsonl")
            .flatMap(file -> CorpusScore.lines(file).stream())
            .map(w -> w.get("text").asText())
            .toList();
    assertTrue(tuning.size() >= 400, "tuning: " + tuning.size());
    assertEquals(tuning.size(), Set.copyOf(tuning).size(), "a text is twice in the tuning files");
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
