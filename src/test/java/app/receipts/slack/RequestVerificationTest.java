package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.testing.Payloads;
import app.receipts.testing.SignedClient;
import app.receipts.testing.TestApp;
import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RequestVerificationTest {
  private TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.start();
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void bad_signature_is_rejected_with_401_and_nothing_is_stored() {
    String body = app.client.commandBody("U1", "Forged win", "trig-forged");
    String now = Long.toString(System.currentTimeMillis() / 1000);

    var response = app.client.sendSigned(body, Map.of(), now, "v0=" + "0".repeat(64));

    assertEquals(401, response.statusCode());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void signature_over_a_different_body_is_rejected() {
    String body = app.client.commandBody("U1", "Tampered win", "trig-tampered");
    String now = Long.toString(System.currentTimeMillis() / 1000);
    String signature = SignedClient.sign(body.replace("Tampered", "Original"), now);

    assertEquals(401, app.client.sendSigned(body, Map.of(), now, signature).statusCode());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void timestamp_older_than_five_minutes_is_rejected_even_when_correctly_signed() {
    String body = app.client.commandBody("U1", "Replayed win", "trig-replayed");
    String old = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);

    var response = app.client.sendSigned(body, Map.of(), old, SignedClient.sign(body, old));

    assertEquals(401, response.statusCode());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void missing_signature_headers_are_rejected() {
    String body = app.client.commandBody("U1", "Unsigned win", "trig-unsigned");

    assertEquals(401, app.client.sendSigned(body, Map.of(), "", "").statusCode());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @Test
  void health_answers_200_when_the_database_is_reachable() {
    var response = app.client.get("/healthz");

    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"ok\"}", response.body());
  }

  static Stream<Arguments> forgeries() {
    String now = Long.toString(System.currentTimeMillis() / 1000);
    String old = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);
    String future = Long.toString(System.currentTimeMillis() / 1000 + 6 * 60);
    return Stream.of(
        Arguments.of("bad signature", now, (Signer) (body, ts) -> "v0=" + "0".repeat(64)),
        Arguments.of("older than five minutes", old, (Signer) SignedClient::sign),
        Arguments.of("from the future", future, (Signer) SignedClient::sign),
        Arguments.of("signed with another secret", now, (Signer) RequestVerificationTest::foreign),
        Arguments.of("no signature", now, (Signer) (body, ts) -> ""),
        Arguments.of("timestamp not a number", "yesterday", (Signer) SignedClient::sign));
  }

  @FunctionalInterface
  interface Signer {
    String sign(String body, String timestamp);
  }

  private static String foreign(String body, String timestamp) {
    return new SlackSignature.Generator("some-other-apps-secret").generate(timestamp, body);
  }

  @ParameterizedTest(name = "interactive payload, {0}")
  @MethodSource("forgeries")
  void forged_interactive_payloads_are_rejected(String name, String timestamp, Signer signer) {
    app.client.command("U1", "A win to protect");
    long id =
        app.jdbi().withHandle(h -> h.createQuery("SELECT id FROM entries").mapTo(Long.class).one());
    String body =
        SignedClient.form(
            Map.of(
                "payload",
                Payloads.blockAction(
                    "U1",
                    CaptureIds.UNDO_BUTTON,
                    Long.toString(id),
                    "C0GENERAL",
                    app.slack.responseUrl("forged"))));

    var response = app.client.sendSigned(body, Map.of(), timestamp, signer.sign(body, timestamp));

    assertEquals(401, response.statusCode(), response.body());
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries"));
    assertTrue(app.slack.calls("response_url").isEmpty());
  }

  @ParameterizedTest(name = "view submission, {0}")
  @MethodSource("forgeries")
  void forged_view_submissions_are_rejected(String name, String timestamp, Signer signer) {
    String body =
        SignedClient.form(
            Map.of(
                "payload",
                Payloads.viewSubmission(
                    "U1",
                    CaptureIds.MODAL,
                    "VFORGED",
                    "",
                    Payloads.state().text("text", "A forged modal win").build())));

    var response = app.client.sendSigned(body, Map.of(), timestamp, signer.sign(body, timestamp));

    assertEquals(401, response.statusCode(), response.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }

  @ParameterizedTest(name = "event, {0}")
  @MethodSource("forgeries")
  void forged_events_are_rejected(String name, String timestamp, Signer signer) {
    String body = Payloads.homeOpened("U1", "EvForged" + name.hashCode());

    var response =
        app.client.sendSigned(
            body,
            Map.of("Content-Type", "application/json"),
            timestamp,
            signer.sign(body, timestamp));

    assertEquals(401, response.statusCode(), response.body());
    assertEquals(0, app.count("SELECT COUNT(*) FROM slack_deliveries"));
    assertTrue(app.neverCalled("views.publish", c -> true), "a forged event published Home");
  }

  @ParameterizedTest(name = "url_verification, {0}")
  @MethodSource("forgeries")
  void forged_url_verification_gets_no_challenge_back(
      String name, String timestamp, Signer signer) {
    String body = "{\"token\":\"x\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}";

    var response =
        app.client.sendSigned(
            body,
            Map.of("Content-Type", "application/json"),
            timestamp,
            signer.sign(body, timestamp));

    assertEquals(401, response.statusCode(), response.body());
    assertFalse(response.body().contains("c-123"), response.body());
  }

  @Test
  void health_is_the_only_path_served_without_a_signature() throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    URI base = URI.create("http://127.0.0.1:" + app.running.port());
    assertEquals(200, app.client.get("/healthz").statusCode());
    for (String path :
        List.of(
            "/",
            "/slack/events",
            "/slack/events/",
            "/slack/actions",
            "/slack/commands",
            "/slack/install",
            "/slack/oauth_redirect",
            "/admin",
            "/healthz/../slack/events",
            "/metrics")) {
      for (String method : List.of("GET", "POST")) {
        HttpRequest request =
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(
                    method,
                    method.equals("GET")
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(
                            app.client.commandBody("U1", "Unsigned win", "trig-" + path)))
                .build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        assertTrue(status >= 400 && status < 500, method + " " + path + " answered " + status);
      }
    }
    assertEquals(0, app.count("SELECT COUNT(*) FROM entries"));
  }
}
