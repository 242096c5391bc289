package app.receipts.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Web API clients for background work (outside a request's context), per workspace. */
public final class SlackClients {
  private static final Logger log = LoggerFactory.getLogger(SlackClients.class);
  private final Slack slack;
  private final UnaryOperator<String> botTokenOfTeam;

  /** One workspace, one bot token. */
  public SlackClients(Slack slack, String botToken) {
    this(slack, teamId -> botToken);
  }

  /**
   * Many workspaces: {@code botTokenOfTeam} finds each one's current token, or throws a {@link
   * SlackCallException} when the workspace has no installation.
   */
  public SlackClients(Slack slack, UnaryOperator<String> botTokenOfTeam) {
    this.slack = slack;
    this.botTokenOfTeam = botTokenOfTeam;
  }

  public MethodsClient forTeam(String teamId) {
    return slack.methods(botTokenOfTeam.apply(teamId), teamId);
  }

  /** Through {@link Messenger#respond}; false if it failed. */
  boolean respond(String responseUrl, String text) {
    return post(responseUrl, text, null, false);
  }

  /** Through {@link Messenger#replaceOrTell}: the message redrawn in place; false if it failed. */
  boolean replace(String responseUrl, String text, List<LayoutBlock> blocks) {
    return post(responseUrl, text, blocks, true);
  }

  private boolean post(
      String responseUrl, String text, List<LayoutBlock> blocks, boolean replaceOriginal) {
    if (responseUrl == null) {
      return false;
    }
    // the blocks are the SDK's models, so the SDK's serializer writes them; the envelope is ours
    String drawn = blocks == null || blocks.isEmpty() ? null : Json.sdkModel(blocks);
    return send(
        responseUrl,
        Json.stream(
            json -> {
              json.writeStartObject();
              json.writeStringField("response_type", "ephemeral");
              json.writeBooleanField("replace_original", replaceOriginal);
              json.writeStringField("text", text);
              if (drawn != null) {
                json.writeFieldName("blocks");
                json.writeRawValue(drawn);
              }
              json.writeEndObject();
            }));
  }

  private boolean send(String responseUrl, String body) {
    try {
      WebhookResponse response = slack.send(responseUrl, body);
      if (accepted(response)) {
        return true;
      }
      log.warn("Posting to a response_url failed: HTTP {}", response.getCode());
      return false;
    } catch (IOException | RuntimeException e) {
      log.warn("Posting to a response_url failed: {}", e.getClass().getSimpleName());
      return false;
    }
  }

  /**
   * Slack answers a good response_url post with 200 and {@code ok} (as text or as JSON). Anything
   * else, including a 200 carrying an HTML page, an empty or cut-off body, or {@code ok: false},
   * did not reach the person, so the caller falls back to another way of telling them.
   */
  static boolean accepted(WebhookResponse response) {
    if (response == null || response.getCode() == null || response.getCode() != 200) {
      return false;
    }
    String body = response.getBody() == null ? "" : response.getBody().strip();
    if (body.equalsIgnoreCase("ok")) {
      return true;
    }
    return Json.field(body, "ok")
        .filter(JsonNode::isValueNode)
        .map(ok -> ok.isBoolean() ? ok.booleanValue() : ok.asText().equalsIgnoreCase("true"))
        .orElse(false);
  }
}
