package app.receipts.people;

/**
 * A person's Slack status as users.info last told it: {@code expiration} in epoch seconds, 0 when
 * it does not expire. Read fresh each time a reminder is due, never stored.
 */
public record SlackStatus(String emoji, String text, long expiration) {
  public static final SlackStatus NONE = new SlackStatus("", "", 0);

  public SlackStatus {
    emoji = emoji == null ? "" : emoji;
    text = text == null ? "" : text;
  }
}
