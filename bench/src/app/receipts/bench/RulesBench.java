package app.receipts.bench;

import app.receipts.entries.Competency;
import app.receipts.rules.PersonalLexicon;
import app.receipts.rules.Rules;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The win rules for one win (metrics, competency with a person's corrections, subcommand check),
 * single-threaded over the tuning half of the corpus and the command cases, after a warm-up. Prints
 * the mean of several rounds and the best round. {@code bench/run capture} runs it with the bot's
 * JVM flags (C1 only, as the bot runs), so the capture report carries the rules' own cost. Usage:
 * RulesBench [corpus dir]
 */
public final class RulesBench {
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
  private static final int PASSES = Integer.getInteger("bench.passes", 400);

  /** Issue 17's limit for the rules of one win, on average. */
  private static final double BUDGET_MICROS = 50;

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/rules");
    List<String> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    for (String file : List.of("wins-tuning.jsonl", "commands.jsonl")) {
      for (String line : Files.readAllLines(dir.resolve(file))) {
        if (!line.isBlank()) {
          texts.add(json.readTree(line).get("text").asText());
        }
      }
    }
    PersonalLexicon corrections =
        PersonalLexicon.of(
            List.of(
                new PersonalLexicon.Correction(
                    "fixed the flaky login suite", Competency.CODE_QUALITY),
                new PersonalLexicon.Correction("rota for reviews", Competency.COLLABORATION)));
    long sink = 0;
    for (int warm = 0; warm < PASSES; warm++) {
      sink += pass(texts, corrections);
    }
    // CPU time as well as wall time: on a shared machine the thread is often not running
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    double total = 0;
    double cpu = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long start = System.nanoTime();
      long cpuStart = threads.getCurrentThreadCpuTime();
      for (int p = 0; p < PASSES; p++) {
        sink += pass(texts, corrections);
      }
      double wins = (double) PASSES * texts.size();
      double micros = (System.nanoTime() - start) / 1e3 / wins;
      cpu += (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / wins;
      best = Math.min(best, micros);
      total += micros;
    }
    double cpuPerWin = cpu / ROUNDS;
    System.out.printf(
        "capture  | win rules, one thread | %d texts | CPU %.1f µs/win (%s the %.0f µs budget) | wall"
            + " %.1f µs/win, best round %.1f | %d rounds of %d passes | sink %d%n",
        texts.size(),
        cpuPerWin,
        cpuPerWin < BUDGET_MICROS ? "within" : "OVER",
        BUDGET_MICROS,
        total / ROUNDS,
        best,
        ROUNDS,
        PASSES,
        sink % 10);
  }

  private static long pass(List<String> texts, PersonalLexicon corrections) {
    long sink = 0;
    for (String text : texts) {
      Rules.Reading reading = Rules.read(text, corrections);
      sink += reading.metrics().size() + reading.competency().top().ordinal();
      sink += reading.command().isWin() ? 1 : 0;
    }
    return sink;
  }
}
