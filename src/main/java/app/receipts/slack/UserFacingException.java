package app.receipts.slack;

/** A problem the user can fix or should know about; its message is shown to them as is. */
public class UserFacingException extends RuntimeException {
  public UserFacingException(String message) {
    super(message);
  }

  public UserFacingException(String message, Throwable cause) {
    super(message, cause);
  }
}
