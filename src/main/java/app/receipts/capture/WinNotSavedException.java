package app.receipts.capture;

import app.receipts.slack.UserFacingException;

/** Storing a win failed and no earlier copy of it is stored: the person is told to try again. */
final class WinNotSavedException extends UserFacingException {
  static final String MESSAGE =
      ":warning: Your win was not saved: Receipts could not write it to its database."
          + " Please try again in a minute.";

  WinNotSavedException(Throwable cause) {
    super(MESSAGE, cause);
  }
}
