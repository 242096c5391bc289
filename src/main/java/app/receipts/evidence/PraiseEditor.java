package app.receipts.evidence;

import app.receipts.entries.Entry;
import app.receipts.slack.Metadata;
import app.receipts.slack.SlackCalls;
import app.receipts.slack.UserFacingException;
import com.slack.api.methods.MethodsClient;

/** Opens the edit modal on praise its owner kept; for /win edit and App Home's Edit. */
public final class PraiseEditor {
  PraiseEditor() {}

  /** {@code praise} is the asking person's own entry, read scoped to them. */
  public void open(MethodsClient client, String triggerId, Entry praise, String channelId) {
    if (praise.kind() != Entry.Kind.PRAISE) {
      throw new IllegalArgumentException("not praise: #" + praise.id());
    }
    if (praise.status() != Entry.Status.KEPT) {
      throw new UserFacingException(
          "Keep this praise first (the *Keep* button in the DM about it), then edit it.");
    }
    String metadata = Metadata.write(new PraiseEditMetadata(praise.id(), channelId));
    SlackCalls.ok(
        "views.open",
        () ->
            client.viewsOpen(
                r -> r.triggerId(triggerId).view(PraiseEditModal.view(praise, metadata))));
  }
}
