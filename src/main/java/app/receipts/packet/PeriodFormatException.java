package app.receipts.packet;

/**
 * The text after {@code /win packet} is not a period we understand; the message is for the user:
 * what is wrong, then examples close to what they typed.
 */
public final class PeriodFormatException extends IllegalArgumentException {
  private final String problem;

  public PeriodFormatException(String problem) {
    this(problem, null);
  }

  private PeriodFormatException(String problem, String examples) {
    super(examples == null ? problem : problem + " " + examples);
    this.problem = problem;
  }

  /** The same problem followed by {@code examples}. */
  PeriodFormatException withExamples(String examples) {
    return new PeriodFormatException(problem, examples);
  }
}
