package app.receipts.rules;

import app.receipts.entries.Competency;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one person's corrections taught the rules: each word of a win they re-filed points to the
 * competency they chose. Pure and deterministic: the same corrections give the same scores, and a
 * word counts for the competency it was filed under most often (ties go to the latest).
 */
public final class PersonalLexicon {
  /** A win's text and the competency its author picked instead of the suggestion. */
  public record Correction(String text, Competency chosen) {}

  /** A metric's subject as the rules read it, and as its author wrote it when fixing it. */
  public record SubjectRename(String from, String to) {}

  public static final PersonalLexicon EMPTY = new PersonalLexicon(Map.of(), Map.of());
  static final double WEIGHT = 4;
  private static final int MAX_WORDS = 2_000;

  private final Map<String, Competency> words;
  private final Map<String, String> subjects;

  private PersonalLexicon(Map<String, Competency> words, Map<String, String> subjects) {
    this.words = words;
    this.subjects = subjects;
  }

  /** Corrections oldest first. */
  public static PersonalLexicon of(List<Correction> corrections) {
    return of(corrections, List.of());
  }

  /**
   * Re-filed competencies and renamed subjects, each oldest first: the latest name of a subject
   * wins.
   */
  public static PersonalLexicon of(List<Correction> corrections, List<SubjectRename> renames) {
    Map<String, String> subjects = new HashMap<>();
    for (SubjectRename rename : renames) {
      if (rename.from() != null && rename.to() != null && !rename.to().isBlank()) {
        subjects.put(key(rename.from()), rename.to().strip());
      }
    }
    subjects.entrySet().removeIf(e -> key(e.getValue()).equals(e.getKey()));
    return new PersonalLexicon(words(corrections), Map.copyOf(subjects));
  }

  private static Map<String, Competency> words(List<Correction> corrections) {
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
    return Map.copyOf(words);
  }

  /**
   * The metrics with each subject the person renamed before under their name, so "notifications
   * service 2.3% → 0.4%" reads "error rate 2.3% → 0.4%" once they have fixed it so.
   */
  public List<Metric> renamed(List<Metric> metrics) {
    if (subjects.isEmpty() || metrics.isEmpty()) {
      return metrics;
    }
    List<Metric> out = new ArrayList<>(metrics.size());
    for (Metric m : metrics) {
      String to = m.subject() == null ? null : subjects.get(key(m.subject()));
      out.add(to == null ? m : m.withSubject(to));
    }
    return List.copyOf(out);
  }

  /**
   * The subjects a fix renamed: a metric the rules read and one the person wrote with the same
   * numbers in the same dimension but another subject. A changed number teaches nothing: it is
   * about that one win.
   */
  public static List<SubjectRename> renames(List<Metric> read, List<Metric> fixed) {
    List<SubjectRename> out = new ArrayList<>();
    for (Metric was : read) {
      for (Metric now : fixed) {
        if (was.subject() != null
            && now.subject() != null
            && was.dimension() == now.dimension()
            && Objects.equals(was.before(), now.before())
            && Objects.equals(was.after(), now.after())
            && Objects.equals(was.delta(), now.delta())
            && Objects.equals(was.value(), now.value())
            && !key(was.subject()).equals(key(now.subject()))) {
          out.add(new SubjectRename(was.subject(), now.subject()));
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  /** The words of a win its re-filing teaches, as one line: what a correction stores. */
  public static String wordsOf(String text) {
    return String.join(" ", contentWords(text == null ? "" : text));
  }

  private static String key(String subject) {
    return subject.strip().toLowerCase(Locale.ROOT);
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
