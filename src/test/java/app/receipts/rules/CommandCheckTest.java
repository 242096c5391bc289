package app.receipts.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommandCheckTest {
  @ParameterizedTest
  @CsvSource({
    "lsit, list",
    "hlep, help",
    "pakcet 2026-H2, packet 2026-H2",
    "edit, edit",
    "delete, delete",
    "undo, delete",
    "stats, help",
    "settings, help",
    "list 2026, list",
    "edti 42, edit 42",
    "forget me, forget-me",
    "packet2026-H1, packet 2026-H1",
    "List., list"
  })
  void near_misses_suggest_the_command(String text, String command) {
    CommandVerdict verdict = Rules.command(text, Rules.SUBCOMMANDS);
    assertEquals(CommandVerdict.Kind.SUGGEST, verdict.kind(), text);
    assertEquals(command, verdict.command());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "listed our API in the partner catalog",
        "list of flaky tests I fixed",
        "exported 3 dashboards to the data team",
        "review backlog down from 40 PRs to 6",
        "listened to the on-call pain and rewrote the runbook",
        "Cut p95 latency from 1.8s to 210ms",
        "help desk tickets down 40% after the FAQ"
      })
  void deliberate_text_is_a_win(String text) {
    assertTrue(Rules.command(text, Rules.SUBCOMMANDS).isWin(), text);
  }
}
