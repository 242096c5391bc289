package app.receipts.testing;

import app.receipts.testing.FakeSlack.Call;
import app.receipts.testing.FakeSlack.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What real Slack refuses, for {@link FakeSlack}: bad Block Kit ({@code invalid_blocks} on chat.*
 * and response_url, {@code invalid_arguments} on views.*), a trigger used twice or after 3 s, an
 * ephemeral into a channel the bot is not in, and a sixth post to one response_url.
 */
final class SlackRefusals {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TRIGGER_LIFE = Duration.ofSeconds(3);
  private static final Set<String> MESSAGE_METHODS =
      Set.of("chat.postMessage", "chat.postEphemeral", "chat.update", "chat.scheduleMessage");
  private static final Set<String> VIEW_METHODS =
      Set.of("views.open", "views.push", "views.update", "views.publish");

  /** Trigger id → System.nanoTime() when Slack handed it to the bot. */
  private final Map<String, Long> triggers = new ConcurrentHashMap<>();

  private final Set<String> usedTriggers = ConcurrentHashMap.newKeySet();
  private final Set<String> channels = ConcurrentHashMap.newKeySet();
  private final Map<String, AtomicInteger> responseUrlPosts = new ConcurrentHashMap<>();

  SlackRefusals() {
    // the channels the suite's payloads come from
    channels.addAll(List.of("C0GENERAL", "C0WINS"));
  }

  void issueTrigger(String triggerId) {
    triggers.putIfAbsent(triggerId, System.nanoTime());
  }

  void joined(String channelId) {
    channels.add(channelId);
  }

  void left(String channelId) {
    channels.remove(channelId);
  }

  /** Whether a refusal means the bot sent what Slack never accepts (not a timing or state one). */
  static boolean breach(Reply refusal) {
    String body = refusal.body();
    return body.contains("invalid_blocks")
        || body.contains("invalid_arguments")
        || body.contains("view_too_large")
        || body.contains("no_text")
        || body.contains("invalid_payload");
  }

  /** Slack's refusal of this call, or null when Slack would accept it. */
  Reply refusal(Call call, String path) {
    String method = call.method();
    if (MESSAGE_METHODS.contains(method)) {
      Reply refused =
          message(call.params().get("text"), call.params().get("blocks"), call.params());
      if (refused != null) {
        return refused;
      }
      if (method.equals("chat.postEphemeral") && !member(call.param("channel"))) {
        String channel = String.valueOf(call.param("channel"));
        return Reply.error(
            channel.startsWith("C") || channel.startsWith("G")
                ? "not_in_channel"
                : "channel_not_found");
      }
      return null;
    }
    if (VIEW_METHODS.contains(method)) {
      return view(call);
    }
    if (method.equals("response_url")) {
      return responseUrl(call, path);
    }
    return null;
  }

  private boolean member(String channel) {
    return channel != null && (channels.contains(channel) || channel.startsWith("D"));
  }

  private Reply message(String text, String blocks, Map<String, String> params) {
    if (blocks == null && (text == null || text.isEmpty()) && params.get("attachments") == null) {
      return Reply.error("no_text");
    }
    JsonNode parsed;
    try {
      parsed = blocks == null ? null : JSON.readTree(blocks);
    } catch (IOException e) {
      return refused("invalid_blocks_format", List.of("[ERROR] invalid JSON [json-pointer:]"));
    }
    List<String> errors =
        BlockKitRules.message(text == null ? null : JSON.getNodeFactory().textNode(text), parsed);
    return errors.isEmpty() ? null : refused("invalid_blocks", errors);
  }

  private Reply view(Call call) {
    String raw = call.param("view");
    if (raw == null) {
      return refused("invalid_arguments", List.of("[ERROR] missing required field: view"));
    }
    if (BlockKitRules.tooLarge(raw)) {
      return Reply.error("view_too_large");
    }
    JsonNode view;
    try {
      view = JSON.readTree(raw);
    } catch (IOException e) {
      return refused("invalid_arguments", List.of("[ERROR] invalid JSON [json-pointer:/view]"));
    }
    List<String> errors = BlockKitRules.view(view, "/view");
    if (!errors.isEmpty()) {
      return refused("invalid_arguments", errors);
    }
    String trigger = call.param("trigger_id");
    if (call.method().equals("views.open") || call.method().equals("views.push")) {
      if (trigger == null || trigger.isEmpty()) {
        return refused("invalid_arguments", List.of("[ERROR] missing required field: trigger_id"));
      }
      long issued = triggers.computeIfAbsent(trigger, t -> System.nanoTime());
      boolean old = System.nanoTime() - issued > TRIGGER_LIFE.toNanos();
      if (old || !usedTriggers.add(trigger)) {
        return Reply.error("expired_trigger_id");
      }
    }
    return null;
  }

  private Reply responseUrl(Call call, String path) {
    String url = call.body() == null ? "" : call.body();
    int posts = responseUrlPosts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    if (posts > 5) {
      // Slack answers an exhausted response_url with a plain-text error, not JSON
      return new Reply(404, Map.of(), "used_url");
    }
    JsonNode body;
    try {
      body = JSON.readTree(url);
    } catch (IOException e) {
      return new Reply(400, Map.of(), "invalid_payload");
    }
    if (body == null || !body.isObject()) {
      return new Reply(400, Map.of(), "invalid_payload");
    }
    if (body.path("delete_original").asBoolean(false)) {
      return null;
    }
    JsonNode text = body.get("text");
    JsonNode blocks = body.get("blocks");
    if ((text == null || text.asText().isEmpty()) && blocks == null) {
      return new Reply(400, Map.of(), "no_text");
    }
    if (!BlockKitRules.message(text, blocks).isEmpty()) {
      return new Reply(400, Map.of(), "invalid_blocks");
    }
    return null;
  }

  private static Reply refused(String error, List<String> messages) {
    ObjectNode body = JSON.createObjectNode().put("ok", false).put("error", error);
    var list = body.putObject("response_metadata").putArray("messages");
    messages.forEach(list::add);
    return Reply.ok(body.toString());
  }
}
