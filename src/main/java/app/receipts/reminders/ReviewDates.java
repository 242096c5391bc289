package app.receipts.reminders;

import app.receipts.slack.Mrkdwn;
import app.receipts.slack.UserFacingException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The next review date and the two reminders before it, 14 and 3 days ahead. */
public final class ReviewDates {
  public static final List<Integer> DAYS_BEFORE = List.of(14, 3);
  public static final String EXAMPLES =
      "Try `/win review 2027-01-15`, `/win review` to see it, or `/win review clear`.";

  private ReviewDates() {}

  public static LocalDate parse(String text, LocalDate today) {
    LocalDate date;
    try {
      date = LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new UserFacingException(
          "\""
              + Mrkdwn.escape(Mrkdwn.truncate(text.strip(), 40))
              + "\" is not a date like 2027-01-15. "
              + EXAMPLES);
    }
    if (!date.isAfter(today)) {
      throw new UserFacingException(
          "Your next review should be after today (" + today + "). " + EXAMPLES);
    }
    if (date.isAfter(today.plusYears(2))) {
      throw new UserFacingException("That is more than two years away. " + EXAMPLES);
    }
    return date;
  }

  /**
   * The reminders still ahead for a review: 14 and 3 days before, at the reminder time of day.
   * Those already in the past are skipped, so a review 5 days away gets only the 3-day one.
   */
  public static List<Slot> reminders(LocalDate review, LocalTime time, ZoneId zone, Instant now) {
    List<Slot> slots = new ArrayList<>();
    for (int daysBefore : DAYS_BEFORE) {
      LocalDate day = review.minusDays(daysBefore);
      Instant at = Slots.at(day, time, zone);
      if (at.isAfter(now)) {
        slots.add(new Slot(at, day, SlotKey.review(review, daysBefore)));
      }
    }
    return slots;
  }
}
