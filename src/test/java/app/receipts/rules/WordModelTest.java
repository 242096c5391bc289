package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.entries.Competency;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordModelTest {
  @Test
  void the_shipped_examples_are_the_tuning_files_and_never_the_held_out_half() {
    List<WordModel.Example> shipped = WordModel.examples(WordModel.EXAMPLES);
    List<JsonNode> tuning =
        RulesCorpusTest.TUNING.stream().flatMap(file -> CorpusScore.lines(file).stream()).toList();
    assertEquals(tuning.size(), shipped.size());
    for (int i = 0; i < tuning.size(); i++) {
      assertEquals(tuning.get(i).get("text").asText(), shipped.get(i).text());
      assertEquals(
          tuning.get(i).get("competencies").get(0).asText(), shipped.get(i).competency().id());
    }
    List<String> heldOut =
        CorpusScore.lines("/rules/wins-heldout.jsonl").stream()
            .map(w -> w.get("text").asText())
            .toList();
    assertTrue(shipped.stream().noneMatch(e -> heldOut.contains(e.text())));
  }

  @Test
  void training_is_deterministic() {
    List<WordModel.Example> examples = WordModel.examples(WordModel.EXAMPLES);
    List<Token> tokens = Tokenizer.tokens("Wrote the onboarding guide for new hires");
    assertArrayEquals(
        WordModel.train(examples).centred(tokens), WordModel.train(examples).centred(tokens), 0.0);
  }

  @Test
  void words_filed_together_lean_the_same_way() {
    WordModel model =
        WordModel.train(
            List.of(
                new WordModel.Example("ran the quarterly offsite", Competency.COLLABORATION),
                new WordModel.Example("planned the offsite agenda", Competency.COLLABORATION),
                new WordModel.Example("sped up the nightly build", Competency.PROBLEM_SOLVING)));
    double[] scores = model.centred(Tokenizer.tokens("booked the offsite venue"));
    assertTrue(
        scores[Competency.COLLABORATION.ordinal()] > scores[Competency.PROBLEM_SOLVING.ordinal()]);
  }
}
