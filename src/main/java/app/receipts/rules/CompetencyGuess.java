package app.receipts.rules;

import app.receipts.entries.Competency;
import java.util.List;

/**
 * The competency a win most likely shows, how sure the rules are, the likely alternatives (best
 * first) and why: "because you filed 'flaky' under Code quality".
 */
public record CompetencyGuess(
    Competency top,
    boolean confident,
    List<Competency> alternatives,
    List<Score> scores,
    List<String> reasons) {

  /** One competency's score, in rubric order within {@link #scores()}. */
  public record Score(Competency competency, double score) {}

  /** True when the person should be asked: the top is weak or close to the next. */
  public boolean isGuess() {
    return !confident;
  }
}
