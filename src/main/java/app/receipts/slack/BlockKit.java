package app.receipts.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asContextElements;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;

/** The few Block Kit shapes every feature uses: a mrkdwn section, a context line, buttons. */
public final class BlockKit {
  private BlockKit() {}

  /** A section holding one mrkdwn text. */
  public static SectionBlock text(String mrkdwn) {
    return section(s -> s.text(markdownText(mrkdwn)));
  }

  /** A context block holding one line of mrkdwn. */
  public static ContextBlock note(String mrkdwn) {
    return context(c -> c.elements(asContextElements(markdownText(mrkdwn))));
  }

  /** An actions block of the given buttons, in order. */
  public static ActionsBlock buttons(BlockElement... buttons) {
    return buttons(List.of(buttons));
  }

  public static ActionsBlock buttons(List<BlockElement> buttons) {
    return actions(a -> a.elements(List.copyOf(buttons)));
  }

  public static ButtonElement button(String actionId, String label, String value) {
    return ButtonElement.builder().actionId(actionId).text(plainText(label)).value(value).build();
  }

  /** The one button a message suggests. */
  public static ButtonElement primary(String actionId, String label, String value) {
    return styled(actionId, label, value, "primary");
  }

  /** A button that destroys something. */
  public static ButtonElement danger(String actionId, String label, String value) {
    return styled(actionId, label, value, "danger");
  }

  private static ButtonElement styled(String actionId, String label, String value, String style) {
    return ButtonElement.builder()
        .actionId(actionId)
        .text(plainText(label))
        .style(style)
        .value(value)
        .build();
  }
}
