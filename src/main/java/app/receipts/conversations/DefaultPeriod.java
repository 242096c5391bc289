package app.receipts.conversations;

import app.receipts.reminders.ReminderSettings;
import app.receipts.reminders.Reminders;
import java.time.LocalDate;

/**
 * What the period field starts with: since the previous review when reminders know its date (the
 * review being answered covered that stretch), else the last 6 months.
 */
final class DefaultPeriod {
  static final String FALLBACK = "last 6 months";
  private final Reminders reminders;

  DefaultPeriod(Reminders reminders) {
    this.reminders = reminders;
  }

  String text(String teamId, String userId) {
    LocalDate today = reminders.today(teamId, userId);
    ReminderSettings settings = reminders.settings(teamId, userId);
    LocalDate since = settings.previousReview();
    if (since != null && since.isBefore(today) && since.isAfter(today.minusYears(2))) {
      return since + ".." + today;
    }
    return FALLBACK;
  }

  LocalDate today(String teamId, String userId) {
    return reminders.today(teamId, userId);
  }
}
