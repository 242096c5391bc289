package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Slack gives every block and element without an id one of its own; so does the stand-in. */
final class BlockIds {
  private BlockIds() {}

  static void fill(JsonNode blocks, Surfaces surfaces) {
    if (blocks == null || !blocks.isArray()) {
      return;
    }
    for (JsonNode block : blocks) {
      if (block instanceof ObjectNode b) {
        if (!b.hasNonNull("block_id")) {
          b.put("block_id", "b" + surfaces.next());
        }
        element(b.path("accessory"), surfaces);
        element(b.path("element"), surfaces);
        b.path("elements").forEach(e -> element(e, surfaces));
      }
    }
  }

  private static void element(JsonNode element, Surfaces surfaces) {
    if (element instanceof ObjectNode e && e.has("type") && !e.hasNonNull("action_id")) {
      String type = e.path("type").asText();
      if (!type.equals("mrkdwn") && !type.equals("plain_text") && !type.equals("image")) {
        e.put("action_id", "a" + surfaces.next());
      }
    }
  }
}
