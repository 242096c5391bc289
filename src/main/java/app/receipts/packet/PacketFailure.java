package app.receipts.packet;

import static com.slack.api.model.block.Blocks.asBlocks;

import app.receipts.slack.BlockKit;
import app.receipts.slack.Messenger;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** Tells a person their packet did not arrive, with a Try again button for the same period. */
final class PacketFailure {
  private final Messenger messenger;

  PacketFailure(Messenger messenger) {
    this.messenger = messenger;
  }

  /** {@code dm} may be null (it could not be opened); then the response_url is the last way. */
  void tell(String teamId, String dm, Period period, String reason, String responseUrl) {
    String text =
        ":warning: I couldn't finish your review packet for "
            + period.label()
            + " ("
            + reason
            + "). Your entries are safe. Try again?";
    List<LayoutBlock> failure =
        asBlocks(
            BlockKit.text(text),
            BlockKit.buttons(
                BlockKit.primary(PacketIds.RETRY_BUTTON, "Try again", period.buttonValue())));
    messenger.tellFailure(
        teamId, dm, text, failure, responseUrl, text + " Run `/win packet` again.");
  }
}
