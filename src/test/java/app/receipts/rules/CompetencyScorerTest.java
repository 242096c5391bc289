package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import app.receipts.rules.PersonalLexicon.Correction;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompetencyScorerTest {
  private static CompetencyGuess guess(String text, PersonalLexicon personal) {
    return Rules.read(text, personal).competency();
  }

  @Test
  void a_clear_win_is_confident() {
    CompetencyGuess g =
        guess("Mentored two new hires through their first on-call rotation", PersonalLexicon.EMPTY);
    assertEquals(Competency.COLLABORATION, g.top());
    assertTrue(g.confident());
    assertEquals(6, g.scores().size());
  }

  @Test
  void delivery_is_not_the_silent_fallback() {
    for (String text :
        List.of(
            "Throughput up 3x on the ingest workers",
            "Error rate 2.3% → 0.4%",
            "Gave a tech talk on our queueing model",
            "Hired two backend engineers",
            "Docker image from 1.2 GB to 300 MB")) {
      assertNotEquals(Competency.DELIVERY, guess(text, PersonalLexicon.EMPTY).top(), text);
    }
  }

  @Test
  void no_cue_at_all_is_a_guess_with_every_alternative() {
    CompetencyGuess g = guess("did the thing", PersonalLexicon.EMPTY);
    assertTrue(g.isGuess());
    assertEquals(3, g.alternatives().size());
    assertFalse(g.alternatives().contains(g.top()));
  }

  @Test
  void a_close_call_is_a_guess_and_names_the_runner_up() {
    CompetencyGuess g = guess("Refactored the deploy pipeline", PersonalLexicon.EMPTY);
    assertTrue(g.isGuess(), g::toString);
    assertFalse(g.alternatives().isEmpty());
  }

  @Test
  void a_persons_corrections_move_their_words_and_say_why() {
    String text = "Chased the flaky checkout suite down";
    PersonalLexicon taught =
        PersonalLexicon.of(
            List.of(new Correction("flaky login suite quarantined", Competency.CODE_QUALITY)));
    CompetencyGuess before = guess(text, PersonalLexicon.EMPTY);
    CompetencyGuess after = guess(text, taught);
    assertEquals(Competency.CODE_QUALITY, after.top());
    assertTrue(
        after.reasons().contains("because you filed 'flaky' under Code quality"),
        after.reasons()::toString);
    assertTrue(score(after, Competency.CODE_QUALITY) > score(before, Competency.CODE_QUALITY));
    assertEquals(after, guess(text, taught), "same corrections, same answer");
  }

  @Test
  void the_latest_correction_wins_a_tie_for_a_word() {
    PersonalLexicon taught =
        PersonalLexicon.of(
            List.of(
                new Correction("rota changes", Competency.COLLABORATION),
                new Correction("rota changes", Competency.CONTINUOUS_IMPROVEMENT)));
    assertEquals(Competency.CONTINUOUS_IMPROVEMENT, taught.competencyOf("rota"));
  }

  private static double score(CompetencyGuess g, Competency c) {
    return g.scores().stream().filter(s -> s.competency() == c).findFirst().orElseThrow().score();
  }
}
