package app.receipts.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The slot key of a review reminder, {@code review:2027-01-15:14}: the review it is for and how
 * many days before it comes. Built and parsed only here.
 */
record ReviewKey(LocalDate review, int daysBefore) {
  private static final String PREFIX = "review:";

  ReviewKey {
    if (review == null || daysBefore < 0) {
      throw new IllegalArgumentException("A review key needs a date and days >= 0");
    }
  }

  String value() {
    return PREFIX + review + ":" + daysBefore;
  }

  /** Empty for anything that is not a review slot key. */
  static Optional<ReviewKey> parse(String value) {
    if (value == null || !value.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = value.substring(PREFIX.length()).split(":", -1);
    if (parts.length != 2 || !parts[1].matches("\\d{1,4}")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new ReviewKey(LocalDate.parse(parts[0]), Integer.parseInt(parts[1])));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
