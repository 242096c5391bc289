package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Config;
import app.receipts.Main;
import app.receipts.Running;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.FakeSocketSlack;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SocketModeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void slash_command_over_socket_mode_is_stored_and_acked_with_the_reply() throws Exception {
    FakeSocketSlack socketSlack = new FakeSocketSlack();
    socketSlack.start();
    try (FakeSlack slack = new FakeSlack()) {
      assertTrue(socketSlack.listening.await(10, TimeUnit.SECONDS));
      socketSlack.offerVia(slack);
      Path dir = Files.createTempDirectory("receipts-socket");
      Map<String, String> env =
          new java.util.HashMap<>(
              TestApp.env(slack, dir, Map.of("SLACK_APP_TOKEN", "xapp-1-test")));
      env.remove("SLACK_SIGNING_SECRET");

      try (Running running = Main.start(Config.fromEnv(env), Clock.systemUTC())) {
        assertTrue(
            socketSlack.connected.await(20, TimeUnit.SECONDS), "bot connected to the socket");
        assertEquals("xapp-1-test", slack.calls("apps.connections.open").get(0).param("token"));

        ObjectNode payload =
            JSON.createObjectNode()
                .put("token", "unused")
                .put("team_id", FakeSlack.TEAM)
                .put("team_domain", "receipts-test")
                .put("channel_id", "C0GENERAL")
                .put("channel_name", "general")
                .put("user_id", "U1")
                .put("user_name", "maya")
                .put("command", "/win")
                .put("text", "Closed 37 tickets over socket mode")
                .put("api_app_id", "A0001")
                .put("response_url", slack.responseUrl("sm1"))
                .put("trigger_id", "trig-sm-1");
        ObjectNode envelope =
            JSON.createObjectNode()
                .put("envelope_id", "env-1")
                .put("type", "slash_commands")
                .put("accepts_response_payload", true);
        envelope.set("payload", payload);
        socketSlack.socket.send(envelope.toString());

        String ack = socketSlack.received.poll(20, TimeUnit.SECONDS);
        assertTrue(ack != null, "an ack came back");
        JsonNode ackJson = JSON.readTree(ack);
        assertEquals("env-1", ackJson.path("envelope_id").asText());
        assertTrue(ackJson.path("payload").toString().contains("Closed 37 tickets"), ack);
        int stored =
            running
                .database()
                .jdbi()
                .withHandle(
                    h ->
                        h.createQuery(
                                "SELECT COUNT(*) FROM entries WHERE text = 'Closed 37 tickets over socket mode'")
                            .mapTo(Integer.class)
                            .one());
        assertEquals(1, stored);
        int httpStatus =
            new app.receipts.testing.SignedClient(running.port(), slack)
                .command("U1", "over http")
                .statusCode();
        assertTrue(httpStatus >= 400, "no Slack endpoint over HTTP in Socket Mode: " + httpStatus);
      }
    } finally {
      socketSlack.stop(1000);
    }
  }
}
