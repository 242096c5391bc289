package app.receipts.testing;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Sends requests to /slack/events signed exactly as Slack signs them. */
public final class SignedClient {
  public static final String SECRET = "test-signing-secret";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI events;
  private final FakeSlack slack;

  public SignedClient(int port, FakeSlack slack) {
    this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
    this.slack = slack;
  }

  /** A /win slash command from a user, with a fresh trigger id. */
  public HttpResponse<String> command(String userId, String text) {
    return command(FakeSlack.TEAM, userId, text);
  }

  /** A /win slash command from a user of another workspace. */
  public HttpResponse<String> command(String teamId, String userId, String text) {
    return send(commandBody(teamId, userId, text, "trig-" + UUID.randomUUID()), Map.of());
  }

  public String commandBody(String userId, String text, String triggerId) {
    return commandBody(FakeSlack.TEAM, userId, text, triggerId);
  }

  public String commandBody(String teamId, String userId, String text, String triggerId) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", "legacy-token-unused");
    form.put("team_id", teamId);
    form.put("team_domain", "receipts-test");
    form.put("channel_id", "C0GENERAL");
    form.put("channel_name", "general");
    form.put("user_id", userId);
    form.put("user_name", "user-" + userId);
    form.put("command", "/win");
    form.put("text", text);
    form.put("api_app_id", "A0001");
    form.put("response_url", slack.responseUrl(triggerId));
    form.put("trigger_id", triggerId);
    return form(form);
  }

  /** An interactivity payload (block_actions, view_submission, message_action, ...). */
  public HttpResponse<String> interactive(String payloadJson) {
    return send(form(Map.of("payload", payloadJson)), Map.of());
  }

  /** An Events API callback. */
  public HttpResponse<String> event(String json) {
    return send(json, Map.of("Content-Type", "application/json"));
  }

  public HttpResponse<String> send(String body, Map<String, String> headers) {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    return sendSigned(body, headers, timestamp, sign(body, timestamp));
  }

  public static String sign(String body, String timestamp) {
    return new SlackSignature.Generator(SECRET).generate(timestamp, body);
  }

  public HttpResponse<String> sendSigned(
      String body, Map<String, String> headers, String timestamp, String signature) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(events)
            .timeout(Duration.ofSeconds(15))
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!headers.containsKey("Content-Type")) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    headers.forEach(request::header);
    AckRules.triggerOf(body).ifPresent(slack::issueTrigger);
    HttpResponse<String> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    // what the bot puts into an ack reaches people as a message or a view: Slack's rules apply
    AckRules.check(response);
    return response;
  }

  public HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  /** A browser's GET, with headers such as Cookie. */
  public HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(events.resolve(path)).GET();
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            e ->
                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
