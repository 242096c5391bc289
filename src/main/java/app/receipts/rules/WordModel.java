package app.receipts.rules;

import app.receipts.entries.Competency;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A naive Bayes model of which words go with which competency, trained on labelled wins (the
 * corpus's tuning half). Deterministic: the same wins give the same model. Its log-probabilities,
 * centred, are added to the lexicon's scores so a win whose words the lexicon lacks still leans the
 * way similar wins were filed.
 */
final class WordModel {
  /** A labelled win: its text and the competency it was filed under. */
  record Example(String text, Competency competency) {}

  static final String EXAMPLES = "/app/receipts/rules/competency-examples.tsv";
  private static final Competency[] RUBRIC = Competency.values();
  private final Map<String, double[]> logLikelihood;
  private final double[] unseen;
  private final double[] prior;

  private WordModel(Map<String, double[]> logLikelihood, double[] unseen, double[] prior) {
    this.logLikelihood = logLikelihood;
    this.unseen = unseen;
    this.prior = prior;
  }

  static WordModel train(List<Example> examples) {
    int n = RUBRIC.length;
    Map<String, int[]> counts = new HashMap<>();
    int[] totals = new int[n];
    int[] docs = new int[n];
    for (Example example : examples) {
      int c = example.competency().ordinal();
      docs[c]++;
      for (String word : words(Tokenizer.tokens(example.text()))) {
        counts.computeIfAbsent(word, w -> new int[n])[c]++;
        totals[c]++;
      }
    }
    int vocabulary = counts.size() + 1;
    double[] unseen = new double[n];
    double[] prior = new double[n];
    for (int c = 0; c < n; c++) {
      unseen[c] = Math.log(1.0 / (totals[c] + vocabulary));
      prior[c] = Math.log((docs[c] + 1.0) / (examples.size() + n));
    }
    Map<String, double[]> logLikelihood = new HashMap<>();
    counts.forEach(
        (word, perClass) -> {
          double[] values = new double[n];
          for (int c = 0; c < n; c++) {
            values[c] = Math.log((perClass[c] + 1.0) / (totals[c] + vocabulary));
          }
          logLikelihood.put(word, values);
        });
    return new WordModel(Map.copyOf(logLikelihood), unseen, prior);
  }

  /** Log-probabilities minus their mean, in rubric order; words never seen count for nothing. */
  double[] centred(List<Token> tokens) {
    int n = RUBRIC.length;
    double[] score = prior.clone();
    for (String word : words(tokens)) {
      double[] values = logLikelihood.get(word);
      if (values == null) {
        continue;
      }
      for (int c = 0; c < n; c++) {
        score[c] += values[c];
      }
    }
    double mean = 0;
    for (double s : score) {
      mean += s / n;
    }
    for (int c = 0; c < n; c++) {
      score[c] -= mean;
    }
    return score;
  }

  /** Content words, crudely stemmed ("refactored", "refactoring" → "refactor"). */
  static List<String> words(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String w = t.lower();
      if (!t.isWord() || w.length() < 3 || Nouns.STOP.contains(w)) {
        continue;
      }
      out.add(stem(w));
    }
    return out;
  }

  static String stem(String w) {
    if (w.length() > 5 && w.endsWith("ing")) {
      return w.substring(0, w.length() - 3);
    }
    if (w.length() > 4 && w.endsWith("ed")) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  Map<String, double[]> table() {
    return logLikelihood;
  }

  /** Labelled wins, one a line: text, a tab, a competency id; lines starting with # skipped. */
  static List<Example> examples(String resource) {
    try (InputStream in = WordModel.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      List<Example> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int tab = line.lastIndexOf('\t');
        if (line.startsWith("#") || tab < 0) {
          continue;
        }
        out.add(
            new Example(
                line.substring(0, tab),
                Competency.fromId(line.substring(tab + 1).strip()).orElseThrow()));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
