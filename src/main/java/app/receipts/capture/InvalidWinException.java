package app.receipts.capture;

import app.receipts.slack.UserFacingException;
import java.util.Map;

/** A draft that breaks a rule; carries one message per field for modal errors. */
final class InvalidWinException extends UserFacingException {
  private final Map<String, String> problems;

  InvalidWinException(Map<String, String> problems) {
    super(String.join(" ", problems.values()));
    this.problems = Map.copyOf(problems);
  }

  Map<String, String> problems() {
    return problems;
  }
}
