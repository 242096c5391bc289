package app.receipts.rules;

import java.util.List;
import java.util.Set;

/**
 * The win rules in one call: the metrics of a win, its competency with confidence, and whether the
 * text was meant as a subcommand. Pure and deterministic; no network, no state.
 */
public final class Rules {
  /** The subcommands of {@code /win} today. */
  public static final Set<String> SUBCOMMANDS =
      Set.of("help", "list", "edit", "delete", "packet", "remind", "review", "export", "forget-me");

  private Rules() {}

  /** Everything the rules read in the text typed after {@code /win}. */
  public record Reading(List<Metric> metrics, CompetencyGuess competency, CommandVerdict command) {}

  public static Reading read(String text, PersonalLexicon corrections) {
    return read(text, corrections, SUBCOMMANDS);
  }

  public static Reading read(String text, PersonalLexicon corrections, Set<String> subcommands) {
    CommandVerdict command = CommandCheck.classify(text, subcommands);
    if (text == null || text.isBlank()) {
      return new Reading(List.of(), competency(text, List.of(), corrections), command);
    }
    List<Token> tokens = Tokenizer.tokens(text);
    List<Metric> metrics = List.copyOf(MetricExtractor.extract(tokens));
    if (corrections != null) {
      metrics = corrections.renamed(metrics);
    }
    return new Reading(
        metrics, CompetencyScorer.score(text, tokens, metrics, corrections), command);
  }

  public static List<Metric> metrics(String text) {
    return List.copyOf(MetricExtractor.extract(text));
  }

  public static CompetencyGuess competency(
      String text, List<Metric> metrics, PersonalLexicon corrections) {
    return CompetencyScorer.score(text, metrics, corrections);
  }

  public static CommandVerdict command(String text, Set<String> subcommands) {
    return CommandCheck.classify(text, subcommands);
  }
}
