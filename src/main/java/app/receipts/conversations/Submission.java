package app.receipts.conversations;

import app.receipts.packet.Period;
import java.util.Map;

/** A modal read back: its field errors, or the period and inputs to request. */
record Submission(Map<String, String> errors, Period period, Inputs inputs) {
  Submission {
    errors = Map.copyOf(errors);
  }

  static Submission refused(Map<String, String> errors) {
    return new Submission(errors, null, null);
  }

  boolean accepted() {
    return errors.isEmpty();
  }
}
