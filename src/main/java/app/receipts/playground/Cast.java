package app.receipts.playground;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pretend workspace: its ids, the person trying Receipts, and a few teammates. */
final class Cast {
  static final String TEAM = "T0PLAY";
  static final String TEAM_NAME = "Playground";
  static final String BOT_USER = "U0RECEIPTS";
  static final String BOT_ID = "B0RECEIPTS";
  static final String APP_ID = "A0RECEIPTS";
  static final String ME = "U0YOU";
  static final String CHANNEL = "C0GENERAL";
  static final String CHANNEL_NAME = "general";

  /** Where the sample history's commands are typed, so their replies do not crowd #general. */
  static final String HISTORY_CHANNEL = "C0HISTORY";

  static final Map<String, String> NAMES = names();

  /** A teammate's message in #general, with how many days ago it was posted. */
  record SampleMessage(String user, String text, int daysAgo) {}

  static final List<SampleMessage> CHANNEL_MESSAGES =
      List.of(
          new SampleMessage(
              "U0MAYA",
              "Huge thanks to <@U0YOU> for pairing on the flaky checkout tests: the suite went from"
                  + " 40 min to *12 min* and nothing has flaked since :tada:",
              3),
          new SampleMessage(
              "U0SAM",
              "Shout-out to <@U0YOU>: the migration runbook made last night's cut-over _boring_,"
                  + " in the best way. Zero downtime, 2.1M rows moved.",
              2),
          new SampleMessage(
              "U0PRIYA",
              "Reminder: retro notes are in `docs/retro-2026-11.md`. Please add yours by Friday.",
              1),
          new SampleMessage(
              "U0MAYA",
              "> can someone review the rate limiter PR?\n<@U0YOU> did, within the hour, and"
                  + " caught the off-by-one. Thank you! <https://example.com/pr/481|PR #481>",
              0));

  private Cast() {}

  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    names.put(ME, "You");
    names.put("U0MAYA", "Maya Chen");
    names.put("U0SAM", "Sam Okafor");
    names.put("U0PRIYA", "Priya Raman");
    names.put(BOT_USER, "Receipts");
    names.put("USLACKBOT", "Slackbot");
    return names;
  }

  static String name(String userId) {
    return NAMES.getOrDefault(userId, userId);
  }

  static String dm(String userId) {
    return "D" + userId;
  }
}
