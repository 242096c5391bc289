package app.receipts.packet;

/**
 * The text after {@code /win packet} is not a period we understand; the message is for the user.
 */
public final class PeriodFormatException extends IllegalArgumentException {

  static final String EXAMPLES =
      "Try `2026-H1`, `Q3`, `2026-Q3`, `2026`, `last 90 days`, `last 6 months`,"
          + " `2026-01-01..2026-06-30`, or nothing for the last 6 months.";

  public PeriodFormatException(String problem) {
    super(problem + " " + EXAMPLES);
  }
}
