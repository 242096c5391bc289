package app.receipts.rules;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores a win against each competency with the weighted {@link Lexicon} and the person's own
 * corrections. The top is a guess when it is weak or close to the second; with no cue at all every
 * competency is an alternative and none is picked silently.
 */
final class CompetencyScorer {
  static final double CONFIDENT_SCORE = 4;

  /** The second may reach this share of the top before the top is only a guess. */
  static final double CLOSE_SHARE = 0.6;

  static final Set<String> GENERIC =
      Set.of(
          "the", "and", "for", "with", "from", "our", "new", "now", "all", "got", "did", "made",
          "team", "was", "that", "this", "after", "into", "out", "per");
  private static final Competency[] RUBRIC = Competency.values();

  /** How much the word model counts against the lexicon (chosen by 5-fold cross-validation). */
  static final double MODEL_WEIGHT = 1.0;

  private static final WordModel MODEL = WordModel.train(WordModel.examples(WordModel.EXAMPLES));

  /** When nothing matched: the order reviewers filed cue-less wins in, most common first. */
  private static final Competency[] PRIOR = {
    Competency.PROBLEM_SOLVING, Competency.SYSTEM_DESIGN, Competency.CODE_QUALITY,
    Competency.CONTINUOUS_IMPROVEMENT, Competency.COLLABORATION, Competency.DELIVERY
  };

  /** Cues by their first two characters, so each word start tries only a handful. */
  private static final Map<Integer, Lexicon.Cue[]> BY_PREFIX = index();

  private CompetencyScorer() {}

  private static Map<Integer, Lexicon.Cue[]> index() {
    Map<Integer, List<Lexicon.Cue>> index = new HashMap<>();
    for (Lexicon.Cue cue : Lexicon.CUES) {
      index.computeIfAbsent(prefix(cue.stem(), 0), c -> new ArrayList<>()).add(cue);
    }
    Map<Integer, Lexicon.Cue[]> out = new HashMap<>();
    index.forEach((key, cues) -> out.put(key, cues.toArray(Lexicon.Cue[]::new)));
    return Map.copyOf(out);
  }

  private static int prefix(String text, int at) {
    char second = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
    return text.charAt(at) << 16 | second;
  }

  static CompetencyGuess score(String text, List<Metric> metrics, PersonalLexicon personal) {
    return score(text, null, metrics, personal);
  }

  /** {@code tokens} are the text's, when the caller has them already; null to read them here. */
  static CompetencyGuess score(
      String text, List<Token> tokens, List<Metric> metrics, PersonalLexicon personal) {
    return score(text, tokens, metrics, personal, MODEL, MODEL_WEIGHT);
  }

  /** With another word model: cross-validation trains one without the wins it scores. */
  static CompetencyGuess score(
      String text,
      List<Token> tokens,
      List<Metric> metrics,
      PersonalLexicon personal,
      WordModel wordModel,
      double modelWeight) {
    double[] score = new double[RUBRIC.length];
    String haystack = haystack(text == null ? "" : text);
    for (int at = 0; at >= 0 && at + 1 < haystack.length(); at = haystack.indexOf(' ', at + 1)) {
      Lexicon.Cue[] cues = BY_PREFIX.get(prefix(haystack, at + 1));
      if (cues == null) {
        continue;
      }
      for (Lexicon.Cue cue : cues) {
        if (haystack.startsWith(cue.stem(), at + 1)) {
          score[cue.competency().ordinal()] += cue.weight();
        }
      }
    }
    MetricHints.add(metrics, score);
    List<Token> words = tokens != null ? tokens : Tokenizer.tokens(text == null ? "" : text);
    List<String> reasons = new ArrayList<>(2);
    if (personal != null && !personal.isEmpty()) {
      for (String word : PersonalLexicon.contentWords(words)) {
        Competency chosen = personal.competencyOf(word);
        if (chosen != null) {
          score[chosen.ordinal()] += PersonalLexicon.WEIGHT;
          if (reasons.size() < 3) {
            reasons.add("because you filed '" + word + "' under " + chosen.label());
          }
        }
      }
    }
    double[] model = wordModel.centred(words);
    double[] combined = new double[score.length];
    for (int c = 0; c < score.length; c++) {
      combined[c] = score[c] + modelWeight * model[c];
    }
    return guess(combined, score, reasons);
  }

  /**
   * Ranked by {@code score} (cues, the person's words and the word model); confidence and
   * alternatives read {@code evidence} (cues and the person's words only), which a person can be
   * told about.
   */
  private static CompetencyGuess guess(double[] score, double[] evidence, List<String> reasons) {
    Integer[] order = new Integer[RUBRIC.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = PRIOR[i].ordinal();
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    double top = evidence[order[0]];
    double runnerUp = 0;
    for (int i = 1; i < order.length; i++) {
      runnerUp = Math.max(runnerUp, evidence[order[i]]);
    }
    boolean confident = top >= CONFIDENT_SCORE && runnerUp <= top * CLOSE_SHARE;
    List<Competency> alternatives = new ArrayList<>(3);
    for (int i = 1; i < order.length && alternatives.size() < 3; i++) {
      double e = evidence[order[i]];
      if (top == 0 || e > 0 && e >= top / 2 || !confident && alternatives.size() < 2) {
        alternatives.add(RUBRIC[order[i]]);
      }
    }
    List<CompetencyGuess.Score> scores = new ArrayList<>(RUBRIC.length);
    for (Competency competency : RUBRIC) {
      scores.add(new CompetencyGuess.Score(competency, score[competency.ordinal()]));
    }
    return new CompetencyGuess(
        RUBRIC[order[0]],
        confident,
        List.copyOf(alternatives),
        List.copyOf(scores),
        List.copyOf(reasons));
  }

  /** " word word " with punctuation turned to spaces, so every cue starts after a space. */
  static String haystack(String text) {
    String lower =
        (text.length() > Tokenizer.MAX_INPUT ? text.substring(0, Tokenizer.MAX_INPUT) : text)
            .toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 2).append(' ');
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean keep = Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '+' || c == ':';
      out.append(keep ? c : ' ');
    }
    return out.append(' ').toString();
  }
}
