package app.receipts.conversations;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The bonus the person asks for: an amount ("$5,000", "€4k", "5000 USD") or a percentage. */
record Ask(String written) {
  static final int MAX_LENGTH = 40;
  private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?) ?%");
  private static final Pattern AMOUNT =
      Pattern.compile(
          "([$€£])? ?(\\d{1,3}(?:,\\d{3})+|\\d{1,9})(?:\\.\\d{1,2})? ?(k)? ?(usd|eur|gbp|dollars|euros)?");

  /** Empty for a blank ask; a readable refusal for anything that is not an amount or percentage. */
  static Optional<Ask> parse(String text) {
    String input = text == null ? "" : text.strip();
    if (input.isEmpty()) {
      return Optional.empty();
    }
    if (input.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "Keep the ask to an amount or a percentage, like $5,000 or 10%.");
    }
    String lower = input.toLowerCase(Locale.ROOT);
    Matcher percent = PERCENT.matcher(lower);
    if (percent.matches()) {
      double value = Double.parseDouble(percent.group(1));
      if (value <= 0 || value > 100) {
        throw new IllegalArgumentException("A percentage ask is between 0% and 100%.");
      }
      return Optional.of(new Ask(input));
    }
    Matcher amount = AMOUNT.matcher(lower);
    if (amount.matches() && Double.parseDouble(amount.group(2).replace(",", "")) > 0) {
      return Optional.of(new Ask(input));
    }
    throw new IllegalArgumentException(
        "Write the ask as an amount ($5,000, €4k, 5000 USD) or a percentage (10%).");
  }
}
