package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
   * metrics 4.5%, competency 85.7%), after the second rules round (82.6%, 81.3%, 4.5%, 87.7%) and
   * on 2026-12-03, run 7 (83.2%, 81.9%, 4.5%, 87.7%), below the metric bars above: issue 17 stays
   * open until it meets them. These floors only stop the rules from getting worse on wins they were
   * never tuned on.
   */
  static final double HELD_OUT_RECALL_FLOOR = 0.83;

  static final double HELD_OUT_PRECISION_FLOOR = 0.81;
  static final double HELD_OUT_FALSE_METRICS_CEILING = 0.05;
  static final double HELD_OUT_COMPETENCY_FLOOR = 0.87;

  /** The files the rules may be tuned on: the corpus's tuning half and the cases added to it. */
  static final List<String> TUNING =
      List.of(
          "/rules/wins-tuning.jsonl",
          "/rules/wins-tuning-2.jsonl",
          "/rules/wins-tuning-3.jsonl",
          "/rules/wins-tuning-4.jsonl",
          "/rules/wins-fresh.jsonl",
          "/rules/wins-fresh-2.jsonl");

  /** The tuning files that meet the bars, alone and together. */
  static final List<String> MEETING_THE_BARS =
      List.of("/rules/wins-tuning.jsonl", "/rules/wins-tuning-2.jsonl");

  /** Recall and precision floors, a false-metric ceiling and a competency floor. */
  record Floors(double recall, double precision, double falseRate, double competency) {}

  /**
   * The tuning files held by floors rather than by {@link #MEETING_THE_BARS} (since the eighth
   * rules round only wins-fresh is below the 95% metric bars, and none reaches the 98% that list
   * keeps), each labelled before the rules ran on it, with what it scored the first time (recall,
   * precision, false metrics, competency): wins-tuning-3 75.7%, 78.3%, 4.3%, 79.5%; wins-fresh
   * 76.3%, 77.3%, 7.9%, 80.0% and wins-fresh-2 76.1%, 73.6%, 0.0%, 78.3%, both kept out of tuning
   * until then and promoted to tuning files afterwards; wins-tuning-4 (written on the unmerged
   * rules branch h-rules) 85.6%, 88.1%, 2.8%, 79.5% against the rules of main. The floors are what
   * the rules reach on them now. Raise them as the rules improve; never lower them.
   */
  static final Map<String, Floors> BELOW_THE_BARS =
      Map.of(
          "/rules/wins-tuning-3.jsonl", new Floors(0.959, 0.953, 0.015, 0.89),
          "/rules/wins-tuning-4.jsonl", new Floors(0.964, 0.978, 0.0, 0.91),
          "/rules/wins-fresh.jsonl", new Floors(0.947, 0.96, 0.0, 0.914),
          "/rules/wins-fresh-2.jsonl", new Floors(0.965, 0.977, 0.0, 0.891));

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
        checks.add(() -> assertFloors(report.all(), label, BELOW_THE_BARS.get(file)));
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

  private static void assertFloors(CorpusScore.Tally all, String label, Floors floors) {
    String figures = all.line(label);
    assertAll(
        () -> assertTrue(all.recall() >= floors.recall(), "metric recall: " + figures),
        () -> assertTrue(all.precision() >= floors.precision(), "metric precision: " + figures),
        () -> assertTrue(all.falseRate() <= floors.falseRate(), "false metrics: " + figures),
        () -> assertTrue(all.competency() >= floors.competency(), "competency: " + figures));
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
   * Files written blind (from the schema alone, by writers who saw no rules and no corpus file),
   * kept out of the repository while the rules were tuned, and scored before anyone read them.
   * wins-fresh-3 (150 wins): against main's rules 78.6%, 81.5%, 1.8%, 86.7%, then against the rules
   * tuned meanwhile 82.1%, 85.2%, 0.0%, 88.0%, which its floors keep. wins-fresh-4 (150 wins, ids
   * b…): against main's rules of 2026-12-02 79.1%, 79.1%, 1.8%, 88.0%. wins-fresh-5 (153 wins, ids
   * c…): against main's rules of 2026-12-04 85.8%, 84.3%, 3.6%, 88.9%. After the eighth rules round
   * (tuned on the tuning files only): fresh-3 unchanged, fresh-4 80.9%, 79.5%, 1.8%, 88.0%, fresh-5
   * 86.7%, 84.5%, 3.6%, 88.9%, which their floors keep. Nobody tunes on any of them.
   */
  @Test
  void blind_files_do_not_fall_below_what_they_reached() {
    assertAll(
        () -> assertBlind("fresh-3", new Floors(0.82, 0.85, 0.0, 0.88)),
        () -> assertBlind("fresh-4", new Floors(0.809, 0.794, 0.018, 0.88)),
        () -> assertBlind("fresh-5", new Floors(0.867, 0.844, 0.036, 0.888)));
  }

  private static void assertBlind(String name, Floors floors) {
    CorpusScore.Tally all =
        CorpusScore.score(CorpusScore.lines("/rules/wins-" + name + ".jsonl"), miss -> {}).all();
    String figures = all.line(name);
    System.out.println(figures);
    assertAll(
        () -> assertTrue(all.recall() >= floors.recall(), "metric recall: " + figures),
        () -> assertTrue(all.precision() >= floors.precision(), "metric precision: " + figures),
        () -> assertTrue(all.falseRate() <= floors.falseRate(), "false metrics: " + figures),
        () -> assertTrue(all.competency() >= floors.competency(), "competency: " + figures));
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
                "/rules/wins-heldout.jsonl",
                "/rules/wins-fresh-3.jsonl",
                "/rules/wins-fresh-4.jsonl")
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
