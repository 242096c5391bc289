package app.receipts.slack;

/**
 * Storing what a person sent failed and nothing of it is stored: they are told so, in the words of
 * what they were saving, and asked to try again.
 */
public final class NotSavedException extends UserFacingException {
  public static final String WIN =
      ":warning: Your win was not saved: Receipts could not write it to its database."
          + " Please try again in a minute.";
  public static final String PRAISE =
      "This was not saved: Receipts could not write to its database. Please submit again in a"
          + " minute.";

  private NotSavedException(String message, Throwable cause) {
    super(message, cause);
  }

  public static NotSavedException win(Throwable cause) {
    return new NotSavedException(WIN, cause);
  }

  public static NotSavedException praise(Throwable cause) {
    return new NotSavedException(PRAISE, cause);
  }
}
