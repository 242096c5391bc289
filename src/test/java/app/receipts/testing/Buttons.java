package app.receipts.testing;

import com.fasterxml.jackson.databind.JsonNode;

/** Finds the buttons of a message or view the bot sent, as a person would look for them. */
public final class Buttons {
  private Buttons() {}

  /** The first element of any block with this action id; fails the test when there is none. */
  public static JsonNode withAction(JsonNode message, String actionId) {
    return withActionPrefix(message, actionId, true);
  }

  /** The first element whose action id starts with {@code prefix}. */
  public static JsonNode withActionPrefix(JsonNode message, String prefix) {
    return withActionPrefix(message, prefix, false);
  }

  private static JsonNode withActionPrefix(JsonNode message, String id, boolean exact) {
    for (JsonNode block : message.path("blocks")) {
      for (JsonNode element : block.path("elements")) {
        String actionId = element.path("action_id").asText();
        if (exact ? actionId.equals(id) : actionId.startsWith(id)) {
          return element;
        }
      }
    }
    throw new AssertionError("no " + id + " in " + message);
  }
}
