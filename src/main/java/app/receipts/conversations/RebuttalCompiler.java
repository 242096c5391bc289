package app.receipts.conversations;

import app.receipts.entries.Competency;
import app.receipts.entries.Entry;
import app.receipts.packet.EvidenceRanking;
import app.receipts.packet.Period;
import app.receipts.rules.CompetencyGuess;
import app.receipts.rules.PersonalLexicon;
import app.receipts.rules.Rules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Matches each disputed point to the person's entries: by words (BM25, see {@link EvidenceIndex})
 * and by the competency the point is about. The most relevant few are shown, the best answer first.
 */
final class RebuttalCompiler {
  /** Entries shown per point; the summary line counts every match. */
  static final int SHOWN = 5;

  /** A word match this far below a point's best is noise (one shared common word). */
  private static final double RELATIVE_FLOOR = 0.25;

  private final Supplier<EvidenceRanking.Reading> ranking;

  /** {@code ranking} gives a fresh strongest-first reading for each rebuttal. */
  RebuttalCompiler(Supplier<EvidenceRanking.Reading> ranking) {
    this.ranking = ranking;
  }

  Rebuttal compile(
      String person,
      Period period,
      String manager,
      List<String> claims,
      String ownGrowth,
      List<Entry> entries,
      Names people) {
    EvidenceIndex index = new EvidenceIndex(entries);
    Comparator<Entry> strongest = ranking.get().strongestFirst();
    List<Rebuttal.Point> points = new ArrayList<>();
    for (String claim : claims) {
      points.add(point(points.size() + 1, claim, index, people, strongest));
    }
    return new Rebuttal(
        person,
        period,
        manager,
        entries.size(),
        points,
        ownGrowth == null
            ? growth(claims, points, entries)
            : new Rebuttal.Growth(ownGrowth, null, 0),
        people);
  }

  private static Rebuttal.Point point(
      int number, String claim, EvidenceIndex index, Names people, Comparator<Entry> strongest) {
    double[] scores = index.scores(claim);
    int[] shared = index.shared(claim);
    double best = 0;
    for (double score : scores) {
      best = Math.max(best, score);
    }
    double floor = best * RELATIVE_FLOOR;
    List<Entry> entries = index.entries();
    boolean[] byWords = new boolean[entries.size()];
    List<Entry> worded = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      byWords[i] = scores[i] > 0 && scores[i] >= floor;
      if (byWords[i]) {
        worded.add(entries.get(i));
      }
    }
    // a point none of whose words the entries use is unanswered, whatever its competency
    Competency competency = worded.isEmpty() ? null : competencyOf(claim, worded);
    record Match(Entry entry, int words, boolean onCompetency) {}
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      boolean onCompetency = competency != null && entry.competency() == competency;
      if (byWords[i] || onCompetency) {
        matches.add(new Match(entry, byWords[i] ? shared[i] : 0, onCompetency));
      }
    }
    // what answers the point best leads: the most of its words, then its competency, then strength
    Comparator<Match> relevance =
        Comparator.comparingInt(Match::words)
            .reversed()
            .thenComparing(Match::onCompetency, Comparator.reverseOrder())
            .thenComparing(Match::entry, strongest);
    List<Entry> shown = matches.stream().sorted(relevance).limit(SHOWN).map(Match::entry).toList();
    int onCompetency = (int) matches.stream().filter(Match::onCompetency).count();
    int withMetrics = (int) matches.stream().filter(m -> m.entry().hasMetric()).count();
    int fromTeammates = (int) matches.stream().filter(m -> people.fromTeammate(m.entry())).count();
    return new Rebuttal.Point(
        number, claim, competency, shown, matches.size(), onCompetency, withMetrics, fromTeammates);
  }

  /**
   * The competency a point is about: the win rules' when they are sure; else the one more of the
   * entries matching its words are filed under than any other, a tie settled by the rules' unsure
   * guess when it is one of the tied; else null, as a tie says nothing about what the point means.
   */
  static Competency competencyOf(String claim, List<Entry> worded) {
    CompetencyGuess guess = Rules.competency(claim, List.of(), PersonalLexicon.EMPTY);
    if (guess != null && guess.top() != null && guess.confident()) {
      return guess.top();
    }
    Map<Competency, Integer> counts = new EnumMap<>(Competency.class);
    for (Entry entry : worded) {
      counts.merge(entry.competency(), 1, Integer::sum);
    }
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    List<Competency> tops = counts.keySet().stream().filter(c -> counts.get(c) == most).toList();
    if (tops.size() == 1) {
      return tops.get(0);
    }
    return guess != null && tops.contains(guess.top()) ? guess.top() : null;
  }

  /**
   * The competency with the fewest entries for its rubric weight (the heavier on a tie, as it
   * matters more to the review), among those no point is about: acknowledging growth where the
   * document disputes or questions the review would concede the point. Null when every competency
   * is one a point is about.
   */
  static Rebuttal.Growth growth(
      List<String> claims, List<Rebuttal.Point> points, List<Entry> entries) {
    Set<Competency> disputed = EnumSet.noneOf(Competency.class);
    for (Rebuttal.Point point : points) {
      if (point.competency() != null) {
        disputed.add(point.competency());
      }
    }
    for (String claim : claims) {
      CompetencyGuess guess = Rules.competency(claim, List.of(), PersonalLexicon.EMPTY);
      if (guess != null && guess.top() != null) {
        disputed.add(guess.top());
      }
    }
    Map<Competency, Integer> counts = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      counts.put(competency, 0);
    }
    for (Entry entry : entries) {
      counts.merge(entry.competency(), 1, Integer::sum);
    }
    Competency weakest = null;
    for (Competency competency : Competency.values()) {
      if (disputed.contains(competency)) {
        continue;
      }
      if (weakest == null
          || counts.get(competency) * (double) weakest.weightPercent()
              < counts.get(weakest) * (double) competency.weightPercent()) {
        weakest = competency;
      }
    }
    return new Rebuttal.Growth(null, weakest, weakest == null ? 0 : counts.get(weakest));
  }
}
