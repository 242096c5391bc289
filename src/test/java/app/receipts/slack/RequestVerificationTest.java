package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.receipts.testing.SignedClient;
import app.receipts.testing.TestApp;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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
}
