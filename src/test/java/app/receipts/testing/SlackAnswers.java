package app.receipts.testing;

import app.receipts.testing.FakeSlack.Call;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Success answers with the shape of Slack's own (the sample responses in slackapi/java-slack-sdk
 * json-logs/samples/api): the posted message echoed back, the whole view, the user's profile.
 */
final class SlackAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SlackAnswers() {}

  static String ts(int n) {
    return "1760000000." + String.format("%06d", n);
  }

  /** chat.postMessage, chat.update and chat.scheduleMessage: channel, ts and the message. */
  static void message(ObjectNode ok, Call call, int n) {
    String ts = call.method().equals("chat.update") ? call.param("ts") : ts(n);
    ok.put("channel", call.param("channel"));
    if (call.method().equals("chat.scheduleMessage")) {
      ok.put("scheduled_message_id", "Q" + n).put("post_at", call.param("post_at"));
    } else {
      ok.put("ts", ts);
    }
    if (call.method().equals("chat.update")) {
      ok.put("text", call.param("text"));
    }
    ObjectNode message =
        ok.putObject("message")
            .put("type", "message")
            .put("text", call.param("text") == null ? "" : call.param("text"))
            .put("user", FakeSlack.BOT_USER)
            .put("bot_id", "B0001")
            .put("app_id", "A0001")
            .put("team", FakeSlack.TEAM);
    if (!call.method().equals("chat.scheduleMessage")) {
      message.put("ts", ts);
    }
    JsonNode blocks = parse(call.param("blocks"));
    if (blocks != null) {
      message.set("blocks", blocks);
    }
    message
        .putObject("bot_profile")
        .put("id", "B0001")
        .put("app_id", "A0001")
        .put("name", "Receipts")
        .put("deleted", false)
        .put("team_id", FakeSlack.TEAM);
    ok.putObject("response_metadata").putArray("warnings");
  }

  /** views.*: the view as Slack stores it, with its id, hash, state and ids around it. */
  static void view(ObjectNode ok, Call call, int n) {
    JsonNode sent = parse(call.param("view"));
    ObjectNode view = ok.putObject("view");
    String id = call.param("view_id") != null ? call.param("view_id") : "V" + n;
    view.put("id", id).put("team_id", FakeSlack.TEAM);
    if (sent != null && sent.isObject()) {
      sent.fields().forEachRemaining(f -> view.set(f.getKey(), f.getValue()));
    }
    view.put("id", id).put("team_id", FakeSlack.TEAM);
    if (!view.has("private_metadata")) {
      view.put("private_metadata", "");
    }
    if (!view.has("callback_id")) {
      view.put("callback_id", "");
    }
    if (!view.has("external_id")) {
      view.put("external_id", "");
    }
    view.putObject("state").putObject("values");
    view.put("hash", "h" + n)
        .put("clear_on_close", false)
        .put("notify_on_close", false)
        .put("root_view_id", id)
        .putNull("previous_view_id")
        .put("app_id", "A0001")
        .put("app_installed_team_id", FakeSlack.TEAM)
        .put("bot_id", "B0001");
    ok.putObject("response_metadata").putArray("messages");
  }

  static void im(ObjectNode ok, String channelId) {
    ok.put("no_op", true).put("already_open", true);
    ok.putObject("channel")
        .put("id", channelId)
        .put("created", 1_700_000_000)
        .put("is_im", true)
        .put("is_org_shared", false)
        .put("user", channelId.substring(1))
        .put("last_read", "0000000000.000000")
        .put("latest", (String) null)
        .put("unread_count", 0)
        .put("unread_count_display", 0)
        .put("is_open", true)
        .put("priority", 0);
  }

  /** users.info; a null {@code tz} is a profile without tz, tz_offset or names beyond the id. */
  static void user(ObjectNode ok, String user, String tz, boolean deleted) {
    ObjectNode u =
        ok.putObject("user")
            .put("id", user)
            .put("team_id", FakeSlack.TEAM)
            .put("name", "user-" + user)
            .put("deleted", deleted)
            .put("is_bot", false)
            .put("is_admin", false)
            .put("updated", 1_700_000_000);
    ObjectNode profile = u.putObject("profile").put("team", FakeSlack.TEAM);
    if (tz != null) {
      u.put("real_name", "Person " + user)
          .put("tz", tz)
          .put("tz_label", tz)
          .put("tz_offset", ZoneId.of(tz).getRules().getOffset(Instant.now()).getTotalSeconds());
      profile
          .put("real_name", "Person " + user)
          .put("real_name_normalized", "Person " + user)
          .put("display_name", "person-" + user.toLowerCase(java.util.Locale.ROOT))
          .put("display_name_normalized", "person-" + user.toLowerCase(java.util.Locale.ROOT));
    }
    profile
        .put("status_text", "")
        .put("status_emoji", "")
        .put("status_expiration", 0)
        .put("avatar_hash", "g0000000000");
  }

  private static JsonNode parse(String json) {
    if (json == null) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return null;
    }
  }
}
