package app.receipts.evidence;

import app.receipts.slack.UserFacingException;

/** Keeping a message failed in the database; the person is asked to submit again. */
final class PraiseNotSavedException extends UserFacingException {
  static final String MESSAGE =
      "This was not saved: Receipts could not write to its database. Please submit again in a"
          + " minute.";

  PraiseNotSavedException(Throwable cause) {
    super(MESSAGE, cause);
  }
}
