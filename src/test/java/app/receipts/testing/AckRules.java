package app.receipts.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Slack's rules for what the bot answers in an HTTP ack (a slash command's message, a
 * view_submission's {@code response_action}), and the trigger_id a request hands the bot.
 */
final class AckRules {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AckRules() {}

  /** The trigger_id in a slash command form or an interactivity payload, if any. */
  static Optional<String> triggerOf(String body) {
    if (body == null || body.startsWith("{")) {
      return Optional.empty();
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String key = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (key.equals("trigger_id") && !value.isEmpty()) {
        return Optional.of(value);
      }
      if (key.equals("payload")) {
        try {
          JsonNode trigger = JSON.readTree(value).get("trigger_id");
          if (trigger != null && trigger.isTextual() && !trigger.asText().isEmpty()) {
            return Optional.of(trigger.asText());
          }
        } catch (IOException | RuntimeException notJson) {
          return Optional.empty();
        }
      }
    }
    return Optional.empty();
  }

  /** Fails the test when Slack would refuse the ack's message or view. */
  static void check(HttpResponse<String> response) {
    String body = response.body();
    if (response.statusCode() != 200 || body == null || !body.strip().startsWith("{")) {
      return;
    }
    JsonNode ack;
    try {
      ack = JSON.readTree(body);
    } catch (IOException notJson) {
      return;
    }
    List<String> errors = new ArrayList<>();
    if (ack.has("blocks") || ack.has("response_type")) {
      JsonNode text = ack.get("text");
      if (!ack.has("blocks") && (text == null || text.asText().isEmpty())) {
        errors.add("[ERROR] a message needs text or blocks [json-pointer:/text]");
      }
      errors.addAll(BlockKitRules.message(text, ack.get("blocks")));
    }
    String action = ack.path("response_action").asText("");
    if (action.equals("update") || action.equals("push")) {
      if (BlockKitRules.tooLarge(ack.path("view").toString())) {
        errors.add("[ERROR] view_too_large [json-pointer:/view]");
      }
      errors.addAll(BlockKitRules.view(ack.get("view"), "/view"));
    }
    if (action.equals("errors")) {
      JsonNode fields = ack.path("errors");
      if (!fields.isObject() || fields.isEmpty()) {
        errors.add("[ERROR] must provide at least 1 field error [json-pointer:/errors]");
      }
      fields
          .fields()
          .forEachRemaining(
              f -> {
                if (f.getValue().asText().isEmpty()) {
                  errors.add(
                      "[ERROR] must be more than 0 characters [json-pointer:/errors/"
                          + f.getKey()
                          + "]");
                }
                // not a refusal, but Slack draws field errors as plain text: mrkdwn shows as typed
                if (f.getValue().asText().matches("(?s).*`[^`]+`.*")) {
                  errors.add(
                      "[SHOWN AS TYPED] field errors are plain text, so `code` keeps its"
                          + " backticks [json-pointer:/errors/"
                          + f.getKey()
                          + "]");
                }
              });
    }
    if (!errors.isEmpty()) {
      throw new AssertionError("Slack would refuse or misdraw this ack: " + errors + "\n" + body);
    }
  }
}
