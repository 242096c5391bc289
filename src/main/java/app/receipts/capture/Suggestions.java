package app.receipts.capture;

import app.receipts.slack.BlockKit;
import app.receipts.slack.Mrkdwn;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/** The answer to a near miss of a subcommand: nothing is saved until the person picks a button. */
final class Suggestions {
  static final String NOT_YOURS =
      "That suggestion was for someone else's `/win`, so it did nothing.";

  private Suggestions() {}

  static String question(String command) {
    return "Did you mean `/win " + code(command) + "`?";
  }

  /**
   * What the answer opens with: the question, or, when the person typed the command itself and it
   * cannot run as it stands ("edit" without an id), that it needs more; asking "Did you mean `/win
   * edit`?" of someone who typed exactly that only repeats them.
   */
  static String headline(String text, String command, boolean runnable) {
    if (!runnable && text.strip().equalsIgnoreCase(command)) {
      return "`/win " + code(command) + "` needs a little more.";
    }
    return question(command);
  }

  /**
   * Run it only when the command can run as it stands: "edit" without an id would only ask again,
   * so it gets the subcommand's usage line instead.
   */
  static List<LayoutBlock> blocks(
      String ownerId, String text, String command, boolean runnable, String usage) {
    List<LayoutBlock> blocks = new ArrayList<>();
    String hint =
        runnable || usage == null ? "Nothing is saved yet." : usage + ". Nothing is saved yet.";
    blocks.add(BlockKit.text(":thinking_face: " + headline(text, command, runnable) + "\n" + hint));
    List<BlockElement> buttons = new ArrayList<>();
    if (runnable) {
      buttons.add(
          BlockKit.primary(
              CaptureIds.RUN_SUGGESTION, "Run it", new SuggestionValue(ownerId, command).encode()));
    }
    buttons.add(
        BlockKit.button(
            CaptureIds.SAVE_SUGGESTION,
            "Save as a win",
            new SuggestionValue(ownerId, text).encode()));
    blocks.add(BlockKit.buttons(buttons));
    return blocks;
  }

  /** A command's own words inside backticks: escaped, and no backtick to close the code early. */
  private static String code(String command) {
    return Mrkdwn.escape(command.replace('`', '\''));
  }
}
