package app.receipts.reminders;

/** Slack action ids of the reminders feature. */
final class ReminderIds {
  static final String LOG_WIN = "nudge-log-win";
  static final String NOTHING = "nudge-nothing";
  static final String SNOOZE = "nudge-snooze";
  static final String PAUSE = "nudge-pause-2-weeks";
  static final String BUILD_PACKET = "review-build-packet";
  static final String FOLLOWUP_ADD_METRIC = "followup-add-metric";
  static final String FOLLOWUP_NO_NUMBER = "followup-no-number";

  private ReminderIds() {}
}
