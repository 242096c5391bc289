package app.receipts.rules;

/**
 * What the text after {@code /win} is: a win to save, or a near miss of a subcommand to offer ("Did
 * you mean `/win packet 2026-H2`?"), with the command that Run it would run.
 */
public record CommandVerdict(Kind kind, String command) {
  public enum Kind {
    WIN,
    SUGGEST
  }

  static final CommandVerdict WIN = new CommandVerdict(Kind.WIN, null);

  static CommandVerdict suggest(String command) {
    return new CommandVerdict(Kind.SUGGEST, command);
  }

  public boolean isWin() {
    return kind == Kind.WIN;
  }
}
