package app.receipts.home;

/** Slack action and callback ids of App Home. */
public final class HomeIds {
  public static final String LOG_WIN = "home-log-win";
  public static final String BUILD_PACKET = "home-build-packet";
  public static final String REMINDER_SETTINGS = "home-reminder-settings";
  public static final String OLDER = "home-older";
  public static final String NEWER = "home-newer";
  public static final String ENTRY_MENU = "home-entry-menu";
  public static final String DELETE_MODAL = "home-delete-modal";
  public static final String PACKET_MODAL = "home-packet-modal";
  public static final String REMINDER_MODAL = "home-reminder-modal";
  public static final String REMINDER_PAUSE = "home-reminder-pause";
  public static final String REMINDER_RESUME = "home-reminder-resume";

  private HomeIds() {}
}
