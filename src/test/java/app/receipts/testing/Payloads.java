package app.receipts.testing;

import app.receipts.capture.CaptureIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Realistic interactivity payloads, as Slack sends them. */
public final class Payloads {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Payloads() {}

  private static ObjectNode base(String type, String userId) {
    ObjectNode payload = JSON.createObjectNode().put("type", type).put("api_app_id", "A0001");
    payload.put("token", "legacy-token-unused");
    payload.putObject("team").put("id", FakeSlack.TEAM).put("domain", "receipts-test");
    payload
        .putObject("user")
        .put("id", userId)
        .put("username", "user-" + userId)
        .put("team_id", FakeSlack.TEAM);
    payload.put("trigger_id", "trig-" + System.nanoTime());
    return payload;
  }

  /** A button click in a message (with a response_url) or, with channelId null, in App Home. */
  public static String blockAction(
      String userId, String actionId, String value, String channelId, String responseUrl) {
    ObjectNode payload = base("block_actions", userId);
    if (channelId != null) {
      payload.putObject("channel").put("id", channelId).put("name", "general");
      payload
          .putObject("container")
          .put("type", "message")
          .put("channel_id", channelId)
          .put("message_ts", "1760000000.000001")
          .put("is_ephemeral", true);
    } else {
      payload.putObject("container").put("type", "view").put("view_id", "VHOME");
      payload
          .putObject("view")
          .put("id", "VHOME")
          .put("type", "home")
          .put("callback_id", "")
          .put("private_metadata", "");
    }
    if (responseUrl != null) {
      payload.put("response_url", responseUrl);
    }
    ArrayNode actions = payload.putArray("actions");
    ObjectNode action =
        actions
            .addObject()
            .put("action_id", actionId)
            .put("block_id", "b1")
            .put("type", "button")
            .put("value", value)
            .put("action_ts", "1760000001.000001");
    action.putObject("text").put("type", "plain_text").put("text", "x");
    return payload.toString();
  }

  /**
   * The "Save as evidence" message shortcut on a message. {@code botId} and {@code files} make it a
   * bot message or one with attachments.
   */
  public static String messageShortcut(
      String userId,
      String channelId,
      String authorId,
      String text,
      String ts,
      String botId,
      int files) {
    ObjectNode payload = base("message_action", userId);
    payload
        .put("callback_id", "save_praise")
        .put("action_ts", "1760000002.000001")
        .put("message_ts", ts);
    payload.putObject("channel").put("id", channelId).put("name", "wins");
    ObjectNode message =
        payload.putObject("message").put("type", "message").put("text", text).put("ts", ts);
    if (authorId != null) {
      message.put("user", authorId);
    }
    if (botId != null) {
      message.put("bot_id", botId).put("subtype", "bot_message");
    }
    ArrayNode fileList = message.putArray("files");
    for (int i = 0; i < files; i++) {
      fileList.addObject().put("id", "F" + i).put("name", "screenshot-" + i + ".png");
    }
    payload.put("response_url", "https://hooks.invalid/response");
    return payload.toString();
  }

  /** The app_home_opened event, as the Events API delivers it. */
  public static String homeOpened(String userId, String eventId) {
    ObjectNode body =
        JSON.createObjectNode()
            .put("token", "legacy-token-unused")
            .put("team_id", FakeSlack.TEAM)
            .put("api_app_id", "A0001")
            .put("type", "event_callback")
            .put("event_id", eventId)
            .put("event_time", 1760000000);
    body.putObject("event")
        .put("type", "app_home_opened")
        .put("user", userId)
        .put("channel", "D" + userId)
        .put("tab", "home")
        .put("event_ts", "1760000000.000100");
    return body.toString();
  }

  /** A static_select or overflow choice; the selected option carries the value. */
  public static String optionAction(
      String userId, String actionId, String type, String value, String channelId) {
    ObjectNode payload = JSON.createObjectNode();
    try {
      payload = (ObjectNode) JSON.readTree(blockAction(userId, actionId, value, channelId, null));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    ObjectNode action = (ObjectNode) payload.withArray("actions").get(0);
    action.put("type", type).remove("value");
    action
        .putObject("selected_option")
        .put("value", value)
        .putObject("text")
        .put("type", "plain_text")
        .put("text", value);
    return payload.toString();
  }

  /**
   * A modal submission. {@code values} is the view state as Slack nests it: block id → action id →
   * value object; build it with {@link #state()}.
   */
  public static String viewSubmission(
      String userId, String callbackId, String viewId, String privateMetadata, ObjectNode values) {
    ObjectNode payload = base("view_submission", userId);
    ObjectNode view = payload.putObject("view");
    view.put("id", viewId)
        .put("type", "modal")
        .put("callback_id", callbackId)
        .put("private_metadata", privateMetadata == null ? "" : privateMetadata)
        .put("hash", "h1")
        .put("team_id", FakeSlack.TEAM);
    view.putObject("title").put("type", "plain_text").put("text", "Modal");
    view.putArray("blocks");
    view.putObject("state").set("values", values);
    payload.putArray("response_urls");
    return payload.toString();
  }

  /** A submission of the empty win modal with only the text filled in, as Delivery. */
  public static String winModal(String userId, String viewId, String text) {
    return viewSubmission(
        userId,
        CaptureIds.MODAL,
        viewId,
        "",
        state()
            .text("text", text)
            .text("impact", null)
            .text("metric", null)
            .select("competency", "delivery")
            .text("links", null)
            .build());
  }

  public static State state() {
    return new State();
  }

  /** Builder for view state values. */
  public static final class State {
    private final ObjectNode values = JSON.createObjectNode();

    public State text(String blockId, String value) {
      ObjectNode input =
          values.putObject(blockId).putObject("input").put("type", "plain_text_input");
      if (value == null) {
        input.putNull("value");
      } else {
        input.put("value", value);
      }
      return this;
    }

    public State select(String blockId, String value) {
      ObjectNode input = values.putObject(blockId).putObject("input").put("type", "static_select");
      if (value == null) {
        input.putNull("selected_option");
      } else {
        input
            .putObject("selected_option")
            .put("value", value)
            .putObject("text")
            .put("type", "plain_text")
            .put("text", value);
      }
      return this;
    }

    public State date(String blockId, String isoDate) {
      values
          .putObject(blockId)
          .putObject("input")
          .put("type", "datepicker")
          .put("selected_date", isoDate);
      return this;
    }

    public State user(String blockId, String userId) {
      values
          .putObject(blockId)
          .putObject("input")
          .put("type", "users_select")
          .put("selected_user", userId);
      return this;
    }

    public State checked(String blockId, String... optionValues) {
      ArrayNode selected =
          values
              .putObject(blockId)
              .putObject("input")
              .put("type", "checkboxes")
              .putArray("selected_options");
      for (String value : optionValues) {
        selected.addObject().put("value", value);
      }
      return this;
    }

    public State time(String blockId, String time) {
      values
          .putObject(blockId)
          .putObject("input")
          .put("type", "timepicker")
          .put("selected_time", time);
      return this;
    }

    public ObjectNode build() {
      return values;
    }
  }
}
