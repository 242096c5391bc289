package app.receipts.playground;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** The payloads Slack builds when a person acts, with the fields Slack's own carry. */
final class SlackPayloads {
  private final Surfaces surfaces;

  SlackPayloads(Surfaces surfaces) {
    this.surfaces = surfaces;
  }

  String triggerId() {
    return surfaces.next() + ".0000000000.playground";
  }

  /** A slash command typed into {@code channel}. */
  Map<String, String> command(
      String user, String channel, String command, String text, String responseUrl) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "unused-verification-token");
    form.put("team_id", Cast.TEAM);
    form.put("team_domain", "playground");
    form.put("channel_id", channel);
    form.put("channel_name", channel.startsWith("D") ? "directmessage" : Cast.CHANNEL_NAME);
    form.put("user_id", user);
    form.put("user_name", Cast.name(user));
    form.put("command", command);
    form.put("text", text);
    form.put("api_app_id", Cast.APP_ID);
    form.put("is_enterprise_install", "false");
    form.put("response_url", responseUrl);
    form.put("trigger_id", triggerId());
    return form;
  }

  private ObjectNode base(String type, String user) {
    ObjectNode payload = Surfaces.JSON.createObjectNode().put("type", type);
    payload.put("token", "unused-verification-token").put("api_app_id", Cast.APP_ID);
    payload.putObject("team").put("id", Cast.TEAM).put("domain", "playground");
    payload
        .putObject("user")
        .put("id", user)
        .put("username", Cast.name(user))
        .put("team_id", Cast.TEAM);
    payload.put("trigger_id", triggerId()).put("is_enterprise_install", false);
    return payload;
  }

  /** A click or choice in a message; {@code action} is what the element reports. */
  String messageAction(String user, ObjectNode message, ObjectNode action, String responseUrl) {
    ObjectNode payload = base("block_actions", user);
    String channel = message.path("channel").asText();
    boolean ephemeral = message.path("ephemeral").asBoolean(false);
    payload
        .putObject("container")
        .put("type", "message")
        .put("message_ts", message.path("ts").asText())
        .put("channel_id", channel)
        .put("is_ephemeral", ephemeral);
    payload.putObject("channel").put("id", channel).put("name", channelName(channel));
    if (!ephemeral) {
      // Slack leaves the message out of an ephemeral message's payload
      ObjectNode shown = payload.putObject("message").put("type", "message");
      shown.put("user", message.path("user").asText()).put("ts", message.path("ts").asText());
      shown.put("text", message.path("text").asText()).set("blocks", message.path("blocks"));
    }
    payload.put("response_url", responseUrl);
    payload.putArray("actions").add(action);
    return payload.toString();
  }

  /** A click or choice in a modal or App Home; the view carries what is typed so far. */
  String viewAction(String user, ObjectNode view, JsonNode values, ObjectNode action) {
    ObjectNode payload = base("block_actions", user);
    payload.putObject("container").put("type", "view").put("view_id", view.path("id").asText());
    payload.set("view", withState(view, values));
    payload.putArray("actions").add(action);
    return payload.toString();
  }

  String viewSubmission(String user, ObjectNode view, JsonNode values) {
    ObjectNode payload = base("view_submission", user);
    payload.set("view", withState(view, values));
    payload.putArray("response_urls");
    return payload.toString();
  }

  String viewClosed(String user, ObjectNode view) {
    ObjectNode payload = base("view_closed", user);
    payload.set("view", withState(view, null));
    payload.put("is_cleared", false);
    return payload.toString();
  }

  /** The "Save as evidence" message shortcut on a message. */
  String messageShortcut(String user, ObjectNode message, String callbackId, String responseUrl) {
    ObjectNode payload = base("message_action", user);
    String channel = message.path("channel").asText();
    payload.put("callback_id", callbackId).put("message_ts", message.path("ts").asText());
    payload.put("action_ts", message.path("ts").asText());
    payload.putObject("channel").put("id", channel).put("name", channelName(channel));
    ObjectNode shown = payload.putObject("message").put("type", "message");
    shown.put("user", message.path("user").asText()).put("ts", message.path("ts").asText());
    shown.put("text", message.path("text").asText()).put("team", Cast.TEAM);
    payload.put("response_url", responseUrl);
    return payload.toString();
  }

  String homeOpened(String user) {
    ObjectNode body = Surfaces.JSON.createObjectNode().put("token", "unused-verification-token");
    body.put("team_id", Cast.TEAM).put("api_app_id", Cast.APP_ID).put("type", "event_callback");
    body.put("event_id", "Ev" + surfaces.next())
        .put("event_time", System.currentTimeMillis() / 1000);
    body.putObject("event")
        .put("type", "app_home_opened")
        .put("user", user)
        .put("channel", Cast.dm(user))
        .put("tab", "home")
        .put("event_ts", surfaces.ts(System.currentTimeMillis() / 1000));
    return body.toString();
  }

  private static ObjectNode withState(ObjectNode view, JsonNode values) {
    ObjectNode sent = view.deepCopy();
    sent.putObject("state")
        .set(
            "values",
            values == null || !values.isObject() ? Surfaces.JSON.createObjectNode() : values);
    return sent;
  }

  private static String channelName(String channel) {
    return channel.startsWith("D") ? "directmessage" : Cast.CHANNEL_NAME;
  }
}
