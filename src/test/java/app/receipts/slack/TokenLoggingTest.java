package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.Config;
import app.receipts.Main;
import app.receipts.Running;
import app.receipts.capture.CaptureIds;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.FakeSlack.Fault;
import app.receipts.testing.FakeSocketSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Tokens never reach the logs, not even at TRACE and not on error paths: a burst of everything the
 * bot does, with Slack failing part of the time, is logged into memory and searched for them.
 */
class TokenLoggingTest {
  private static final Pattern TOKEN = Pattern.compile("xox[abpr]-[A-Za-z0-9]|xapp-[A-Za-z0-9]");
  private static final String APP_TOKEN = "xapp-1-A0001-test-app-token";
  private static final List<String> NOISY =
      List.of("org.eclipse.jetty", "org.apache", "sun", "jdk");

  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
  private final Map<String, Level> levelsBefore = new HashMap<>();

  @BeforeEach
  void captureEverything() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    captured.setContext(context);
    captured.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.addAppender(captured);
    for (String name :
        List.of(org.slf4j.Logger.ROOT_LOGGER_NAME, "com.slack.api", "app.receipts")) {
      levelsBefore.put(name, context.getLogger(name).getLevel());
      context.getLogger(name).setLevel(Level.TRACE);
    }
    for (String name : NOISY) {
      levelsBefore.put(name, context.getLogger(name).getLevel());
      context.getLogger(name).setLevel(Level.INFO);
    }
  }

  @AfterEach
  void restoreLogging() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(captured);
    levelsBefore.forEach((name, level) -> context.getLogger(name).setLevel(level));
    captured.stop();
  }

  @Test
  void no_bot_token_in_the_logs_under_load_and_on_failures() throws Exception {
    try (TestApp app = TestApp.start(Map.of("SLACK_TIMEOUT_MS", "500"))) {
      ExecutorService users = Executors.newFixedThreadPool(4);
      List<Future<?>> burst = new ArrayList<>();
      for (int u = 0; u < 4; u++) {
        String user = "ULOG" + u;
        burst.add(
            users.submit(
                () -> {
                  for (int i = 0; i < 15; i++) {
                    app.client.command(user, "Shipped release " + i + " with 20% fewer errors");
                  }
                  app.client.command(user, "remind mon,thu 09:30");
                  app.client.command(user, "review 2026-09-01");
                  app.client.command(user, "list");
                }));
      }
      for (Future<?> done : burst) {
        done.get(60, TimeUnit.SECONDS);
      }
      users.shutdown();

      app.client.command("ULOG0", "packet 2026-H1");
      app.slack.await("files.completeUploadExternal", c -> true, Duration.ofSeconds(30));
      new ReminderClock(app).runAt(TestApp.START.plus(Duration.ofDays(4)));

      app.slack.fail("views.open", Fault.SERVER_ERROR);
      app.client.command("ULOG1", "");
      app.slack.fail("chat.postMessage", Fault.INVALID_AUTH);
      app.slack.fail("conversations.open", Fault.RATE_LIMITED);
      app.client.command("ULOG1", "packet 2026-H1");
      app.slack.await("response_url", c -> c.body().contains("DM"), Duration.ofSeconds(10));
      app.slack.fail("views.publish", Fault.TIMEOUT);
      app.slack.fail("users.info", Fault.INVALID_AUTH);
      app.client.event(Payloads.homeOpened("ULOGNEW", "EvLogNew"));
      app.client.command("ULOGNEW", "A newcomer's win while Slack stalls");
      app.slack.await("views.publish", c -> true, Duration.ofSeconds(10));
      app.slack.fail("response_url", Fault.SERVER_ERROR);
      app.client.interactive(
          Payloads.blockAction(
              "ULOG2", CaptureIds.UNDO_BUTTON, "1", "C0GENERAL", app.slack.responseUrl("u")));
      app.client.send("payload=%7Bnot-json", Map.of());
      app.client.sendSigned("text=forged", Map.of(), "0", "v0=00");
      app.slack.clearResponses();
    }

    assertTrue(captured.list.size() > 50, "too few log events to judge: " + captured.list.size());
    assertNoTokenLogged();
  }

  @Test
  void no_app_token_in_the_logs_in_socket_mode(@TempDir Path dir) throws Exception {
    FakeSocketSlack socketSlack = new FakeSocketSlack();
    socketSlack.start();
    try (FakeSlack slack = new FakeSlack()) {
      assertTrue(socketSlack.listening.await(10, TimeUnit.SECONDS));
      socketSlack.offerVia(slack);
      Map<String, String> env =
          new HashMap<>(TestApp.env(slack, dir, Map.of("SLACK_APP_TOKEN", APP_TOKEN)));
      env.remove("SLACK_SIGNING_SECRET");
      try (Running running = Main.start(Config.fromEnv(env), Clock.systemUTC())) {
        assertTrue(socketSlack.connected.await(20, TimeUnit.SECONDS), "connected");
        assertEquals(APP_TOKEN, slack.calls("apps.connections.open").get(0).param("token"));
        for (int i = 0; i < 5; i++) {
          socketSlack.socket.send(slashCommand(slack, "env-" + i, "Socket win " + i));
          assertTrue(socketSlack.received.poll(20, TimeUnit.SECONDS) != null, "ack " + i);
        }
        socketSlack.socket.send("{\"type\":\"nonsense\"");
        socketSlack.socket.close();
      }
    } finally {
      socketSlack.stop(1000);
    }

    assertNoTokenLogged();
  }

  private static String slashCommand(FakeSlack slack, String envelopeId, String text) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode payload =
        json.createObjectNode()
            .put("token", "unused")
            .put("team_id", FakeSlack.TEAM)
            .put("channel_id", "C0GENERAL")
            .put("user_id", "USOCK")
            .put("command", "/win")
            .put("text", text)
            .put("api_app_id", "A0001")
            .put("response_url", slack.responseUrl(envelopeId))
            .put("trigger_id", "trig-" + envelopeId);
    ObjectNode envelope =
        json.createObjectNode()
            .put("envelope_id", envelopeId)
            .put("type", "slash_commands")
            .put("accepts_response_payload", true);
    envelope.set("payload", payload);
    return envelope.toString();
  }

  private void assertNoTokenLogged() {
    List<String> leaks = new ArrayList<>();
    for (ILoggingEvent event : List.copyOf(captured.list)) {
      String text =
          event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy()))
              + event.getMDCPropertyMap();
      if (TOKEN.matcher(text).find()) {
        leaks.add(event.getLoggerName() + ": " + text);
      }
    }
    assertEquals(List.of(), leaks);
  }
}
