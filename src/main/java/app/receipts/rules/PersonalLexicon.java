package app.receipts.rules;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one person's corrections taught the rules: each word of a win they re-filed points to the
 * competency they chose. Pure and deterministic: the same corrections give the same scores, and a
 * word counts for the competency it was filed under most often (ties go to the latest).
 */
public final class PersonalLexicon {
  /** A win's text and the competency its author picked instead of the suggestion. */
  public record Correction(String text, Competency chosen) {}

  public static final PersonalLexicon EMPTY = new PersonalLexicon(Map.of());
  static final double WEIGHT = 4;
  private static final int MAX_WORDS = 2_000;

  private final Map<String, Competency> words;

  private PersonalLexicon(Map<String, Competency> words) {
    this.words = words;
  }

  /** Corrections oldest first. */
  public static PersonalLexicon of(List<Correction> corrections) {
    Map<String, Map<Competency, Integer>> counts = new HashMap<>();
    Map<String, Competency> latest = new HashMap<>();
    for (Correction correction : corrections) {
      if (correction.text() == null || correction.chosen() == null) {
        continue;
      }
      for (String word : contentWords(correction.text())) {
        counts
            .computeIfAbsent(word, w -> new HashMap<>())
            .merge(correction.chosen(), 1, Integer::sum);
        latest.put(word, correction.chosen());
      }
    }
    Map<String, Competency> words = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .limit(MAX_WORDS)
        .forEach(
            e -> {
              int best = e.getValue().values().stream().max(Integer::compare).orElse(0);
              Competency pick = latest.get(e.getKey());
              if (e.getValue().getOrDefault(pick, 0) < best) {
                pick =
                    e.getValue().entrySet().stream()
                        .filter(c -> c.getValue() == best)
                        .map(Map.Entry::getKey)
                        .sorted()
                        .findFirst()
                        .orElseThrow();
              }
              words.put(e.getKey(), pick);
            });
    return new PersonalLexicon(Map.copyOf(words));
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  Competency competencyOf(String word) {
    return words.get(word);
  }

  /** Lowercase words of three letters or more that are not glue words, each once, in order. */
  static List<String> contentWords(String text) {
    return contentWords(Tokenizer.tokens(text));
  }

  static List<String> contentWords(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Token t : tokens) {
      if (t.isWord()
          && t.lower().length() >= 3
          && !Nouns.STOP.contains(t.lower())
          && !CompetencyScorer.GENERIC.contains(t.lower())
          && seen.add(t.lower())) {
        out.add(t.lower());
      }
    }
    return out;
  }
}
