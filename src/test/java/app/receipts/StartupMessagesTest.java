package app.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.slack.SlackStartupFailure;
import app.receipts.testing.BotProcess;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each way the start-up auth.test fails gets one line that names the cause and its fix: a newcomer
 * is not told to check the token when the network is down, nor the network when Slack refused the
 * token.
 */
class StartupMessagesTest {

  private static String failureWith(String apiUrl) throws IOException {
    try (FakeSlack unused = new FakeSlack()) {
      Map<String, String> env =
          TestApp.env(
              unused,
              Files.createTempDirectory("receipts-startup-message"),
              Map.of("SLACK_API_URL", apiUrl, "SLACK_TIMEOUT_MS", "5000"));
      Config config = Config.fromEnv(env);
      String message =
          assertThrows(SlackStartupFailure.class, () -> Main.start(config, Clock.systemUTC()))
              .getMessage();
      assertFalse(message.contains("\n"), "one line: " + message);
      assertFalse(message.contains("xoxb-test-token"), "the token is never printed: " + message);
      return message;
    }
  }

  private static String failureFromSlack(String error) throws IOException {
    try (FakeSlack slack = new FakeSlack()) {
      slack.respond("auth.test", call -> FakeSlack.Reply.error(error));
      Config config =
          Config.fromEnv(
              TestApp.env(slack, Files.createTempDirectory("receipts-startup-message"), Map.of()));
      String message =
          assertThrows(SlackStartupFailure.class, () -> Main.start(config, Clock.systemUTC()))
              .getMessage();
      assertFalse(message.contains("\n"), "one line: " + message);
      assertEquals("xoxb-test-token", slack.calls("auth.test").get(0).param("token"));
      return message;
    }
  }

  private static void assertMentions(String message, String... parts) {
    for (String part : parts) {
      assertTrue(message.contains(part), "mentions '" + part + "': " + message);
    }
  }

  @Test
  void an_unresolvable_host_is_named_as_dns_not_as_a_bad_token() throws Exception {
    String message = failureWith("http://slack.receipts-test.invalid/api/");

    assertMentions(
        message, "Cannot reach Slack at", "slack.receipts-test.invalid", "DNS", "SLACK_API_URL");
    assertFalse(message.contains("SLACK_BOT_TOKEN"), message);
  }

  @Test
  void a_refused_connection_is_named_as_the_network() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    String message = failureWith("http://127.0.0.1:" + closedPort + "/api/");

    assertMentions(message, "Cannot reach Slack at", "refused", "network", "firewall");
    assertFalse(message.contains("SLACK_BOT_TOKEN"), message);
  }

  @Test
  void https_to_a_server_without_tls_is_named_as_a_tls_failure() throws Exception {
    // a plain-HTTP server answers the TLS hello as a bad request, as nginx or Jetty would
    try (ServerSocket plainHttp = new ServerSocket(0, 8, InetAddress.getLoopbackAddress())) {
      Thread answering =
          new Thread(
              () -> {
                try (Socket socket = plainHttp.accept()) {
                  socket
                      .getOutputStream()
                      .write(
                          "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                              .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                  // the test is over
                }
              });
      answering.start();
      String https = "https://127.0.0.1:" + plainHttp.getLocalPort() + "/api/";

      String message = failureWith(https);

      assertMentions(message, "TLS handshake failed", "https", "certificate");
      assertFalse(message.contains("SLACK_BOT_TOKEN"), message);
    }
  }

  @Test
  void invalid_auth_says_slack_refused_the_token_and_where_to_copy_it() throws Exception {
    String message = failureFromSlack("invalid_auth");

    assertMentions(
        message, "Slack refused SLACK_BOT_TOKEN (invalid_auth)", "OAuth & Permissions", "xoxb-");
  }

  @Test
  void account_inactive_says_to_reinstall_the_app() throws Exception {
    String message = failureFromSlack("account_inactive");

    assertMentions(message, "(account_inactive)", "reinstall the app", "SLACK_BOT_TOKEN");
  }

  @Test
  void a_url_that_answers_404_html_is_named_as_the_wrong_slack_api_url() throws Exception {
    HttpServer notSlack = htmlServer(404);
    try {
      String url = "http://127.0.0.1:" + notSlack.getAddress().getPort() + "/";

      String message = failureWith(url);

      assertMentions(message, "SLACK_API_URL (" + url + ")", "HTTP 404", "not Slack's Web API");
    } finally {
      notSlack.stop(0);
    }
  }

  @Test
  void a_url_that_answers_an_html_page_with_200_is_named_as_the_wrong_slack_api_url()
      throws Exception {
    HttpServer notSlack = htmlServer(200);
    try {
      String url = "http://127.0.0.1:" + notSlack.getAddress().getPort() + "/";

      String message = failureWith(url);

      assertMentions(message, "SLACK_API_URL (" + url + ")");
    } finally {
      notSlack.stop(0);
    }
  }

  @Test
  void the_bot_prints_one_line_and_exits_2_when_slack_cannot_be_reached() throws Exception {
    Path dir = Files.createTempDirectory("receipts-unreachable");
    try (FakeSlack unused = new FakeSlack()) {
      BotProcess.Exit exit =
          BotProcess.runUntilExit(
              BotProcess.From.CLASSPATH,
              TestApp.env(
                  unused, dir, Map.of("SLACK_API_URL", "https://slack.receipts-test.invalid/api/")),
              dir);

      assertEquals(2, exit.code(), exit.everything());
      assertEquals(1, exit.stderr().size(), "one line: " + exit.everything());
      assertTrue(
          exit.stderr().get(0).startsWith("Receipts cannot start: Cannot reach Slack"),
          exit.everything());
      assertFalse(exit.everything().contains("\tat "), "no stack trace: " + exit.everything());
    }
  }

  private static HttpServer htmlServer(int status) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] page =
              "<html><body><h1>Welcome to nginx!</h1></body></html>"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html");
          exchange.sendResponseHeaders(status, page.length);
          exchange.getResponseBody().write(page);
          exchange.close();
        });
    server.start();
    return server;
  }
}
