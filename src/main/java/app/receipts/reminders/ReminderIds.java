package app.receipts.reminders;

/** Slack action ids of the reminders feature. */
public final class ReminderIds {
  public static final String LOG_WIN = "nudge-log-win";
  public static final String NOTHING = "nudge-nothing";
  public static final String SNOOZE = "nudge-snooze";
  public static final String PAUSE = "nudge-pause-2-weeks";
  public static final String BUILD_PACKET = "review-build-packet";
  public static final String FOLLOWUP_ADD_METRIC = "followup-add-metric";
  public static final String FOLLOWUP_NO_NUMBER = "followup-no-number";

  private ReminderIds() {}
}
