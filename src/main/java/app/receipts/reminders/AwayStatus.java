package app.receipts.reminders;

import app.receipts.people.SlackStatus;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a Slack status says the person is away (vacation, out of office, sick, on leave), read
 * from users.info's profile with no extra scope. A status past its expiration says nothing.
 */
final class AwayStatus {
  /** Emoji Slack suggests for time off, and the usual ones people pick for it. */
  static final Set<String> EMOJI =
      Set.of(
          ":palm_tree:",
          ":desert_island:",
          ":beach_with_umbrella:",
          ":airplane:",
          ":airplane_departure:",
          ":face_with_thermometer:",
          ":thermometer:",
          ":mask:",
          ":sneezing_face:",
          ":nauseated_face:",
          ":baby:",
          ":baby_bottle:",
          ":christmas_tree:",
          ":santa:",
          ":sun_with_face:",
          ":ski:",
          ":camping:",
          ":luggage:");

  /** Words of a status text that mean away, matched as whole words, any case. */
  private static final Pattern TEXT =
      Pattern.compile(
          "\\b(vacation(ing)?|vacay|holidays?|out of (the )?office|ooo|ooto|pto|on leave|leave"
              + " until|parental leave|maternity|paternity|sick|off sick|out sick|sick leave|annual"
              + " leave|time off|day off|days off|off today|off until|away until|away till|away"
              + " from work|sabbatical|bank holiday|public holiday|out until|urlaub|"
              + "vacaciones)\\b");

  private AwayStatus() {}

  static boolean away(SlackStatus status, Instant now) {
    if (status.expiration() != 0 && status.expiration() <= now.getEpochSecond()) {
      return false;
    }
    String emoji = status.emoji().toLowerCase(Locale.ROOT).strip();
    String text = status.text().toLowerCase(Locale.ROOT).strip();
    return EMOJI.contains(emoji) || text.equals("away") || TEXT.matcher(text).find();
  }
}
