package app.receipts.conversations;

import app.receipts.slack.Metadata;

/**
 * A modal's private_metadata: the response_url of the command or message button that opened it, so
 * a delivery whose DM cannot be opened can still answer there (for 30 minutes, as Slack keeps it).
 * From App Home there is none.
 */
record ReplyTo(String responseUrl) {
  /** Far beyond any Slack response_url, well inside private_metadata's 3000 characters. */
  private static final int LONGEST = 1000;

  static String metadata(String responseUrl) {
    if (responseUrl == null || responseUrl.length() > LONGEST || !responseUrl.startsWith("http")) {
      return "";
    }
    return Metadata.write(new ReplyTo(responseUrl));
  }

  /** The response_url a submitted modal carries, or null. */
  static String responseUrl(String metadata) {
    return Metadata.read(metadata, ReplyTo.class).map(ReplyTo::responseUrl).orElse(null);
  }
}
