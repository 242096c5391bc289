package app.receipts.slack;

/**
 * Slack's Block Kit limits in one place. Source: docs.slack.dev reference pages "Blocks", "Block
 * elements", "Composition objects" and "Modals" (also /work/shared/SLACK-FACTS.md). Slack counts
 * the text as sent, after escaping; we count UTF-16 units, never fewer than Slack's characters.
 */
public final class SlackLimits {
  public static final int MESSAGE_BLOCKS = 50;
  public static final int VIEW_BLOCKS = 100;
  public static final int SECTION_TEXT = 3000;
  public static final int SECTION_FIELDS = 10;
  public static final int FIELD_TEXT = 2000;
  public static final int TEXT_OBJECT = 3000;
  public static final int CONTEXT_ELEMENTS = 10;
  public static final int HEADER_TEXT = 150;
  public static final int BUTTON_TEXT = 75;
  public static final int OPTION_TEXT = 75;
  public static final int OPTION_VALUE = 150;
  public static final int ACTION_ID = 255;
  public static final int BLOCK_ID = 255;
  public static final int BUTTON_VALUE = 2000;
  public static final int INPUT_LABEL = 2000;
  public static final int PLACEHOLDER = 150;
  public static final int MODAL_TITLE = 24;
  public static final int PRIVATE_METADATA = 3000;
  public static final int OVERFLOW_OPTIONS = 5;
  public static final int STATIC_SELECT_OPTIONS = 100;

  private SlackLimits() {}
}
