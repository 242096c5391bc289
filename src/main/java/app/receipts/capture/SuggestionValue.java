package app.receipts.capture;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The value of a near-miss suggestion's buttons: who typed the text, and the text (the original for
 * Save as a win, the suggested command for Run it). The text rides in the value so that nothing is
 * stored before the person decides; the owner lets a forged click from anyone else do nothing.
 */
record SuggestionValue(String ownerId, String text) {
  /** Slack's limit on a button value. */
  static final int MAX_VALUE = 2000;

  private static final Pattern USER_ID = Pattern.compile("[A-Z0-9]{2,40}");

  String encode() {
    return ownerId + " " + text;
  }

  /** Whether this value fits a button; a text too long to fit is never a mistyped command. */
  boolean fits() {
    return encode().length() <= MAX_VALUE;
  }

  static Optional<SuggestionValue> decode(String value) {
    if (value == null) {
      return Optional.empty();
    }
    int space = value.indexOf(' ');
    if (space < 0 || !USER_ID.matcher(value.substring(0, space)).matches()) {
      return Optional.empty();
    }
    String text = value.substring(space + 1);
    return text.isBlank()
        ? Optional.empty()
        : Optional.of(new SuggestionValue(value.substring(0, space), text));
  }
}
