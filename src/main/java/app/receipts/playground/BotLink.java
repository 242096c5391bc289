package app.receipts.playground;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Delivers what a person did to the bot's real /slack/events endpoint, signed with the signing
 * secret and stamped with wall time, exactly as Slack delivers it.
 */
final class BotLink implements AutoCloseable {
  /** What the bot answered: the HTTP status and the ack's body. */
  record Ack(int status, String body) {
    boolean ok() {
      return status == 200;
    }
  }

  /** Its own threads, so that closing the link ends them (Java 17's HttpClient cannot close). */
  private final ExecutorService threads = Executors.newCachedThreadPool();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(threads).build();
  private final URI events;
  private final SlackSignature.Generator signer;
  private final Clock wall;

  BotLink(int botPort, String signingSecret, Clock wall) {
    this.events = URI.create("http://127.0.0.1:" + botPort + "/slack/events");
    this.signer = new SlackSignature.Generator(signingSecret);
    this.wall = wall;
  }

  /** A slash command or an interactivity payload: a form body. */
  Ack form(Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(body, "application/x-www-form-urlencoded");
  }

  Ack interactive(String payloadJson) {
    return form(Map.of("payload", payloadJson));
  }

  /** An Events API callback: a JSON body. */
  Ack event(String json) {
    return send(json, "application/json");
  }

  private Ack send(String body, String contentType) {
    String timestamp = Long.toString(wall.instant().getEpochSecond());
    HttpRequest request =
        HttpRequest.newBuilder(events)
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signer.generate(timestamp, body))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Ack(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Ack(502, "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Ack(503, "");
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
