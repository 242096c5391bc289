package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.capture.CaptureIds;
import app.receipts.evidence.EvidenceIds;
import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack.Call;
import app.receipts.testing.FakeSlack.Fault;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Web API call the bot makes, failing every way Slack fails: the person is told through
 * whatever path is still alive, what they asked for is stored or can be asked for again, and Slack
 * never sees a 500.
 */
@Execution(ExecutionMode.CONCURRENT)
class SlackFaultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);

  /**
   * One bot and fake Slack per call under test, started when its first case runs: a fault is set on
   * the whole fake Slack, so cases of one call take turns on its bot (see {@link #faults}), and
   * cases of different calls run side by side, overlapping the 500 ms timeouts they wait out.
   */
  private static final Map<SlackCall, TestApp> apps = new ConcurrentHashMap<>();

  private static TestApp appFor(SlackCall call) {
    return apps.computeIfAbsent(call, c -> TestApp.start(Map.of("SLACK_TIMEOUT_MS", "500")));
  }

  @AfterAll
  static void stop() {
    apps.values().forEach(TestApp::close);
    apps.clear();
  }

  /** A user action that makes the call, and what must hold when the call fails. */
  enum SlackCall {
    VIEWS_OPEN_FOR_THE_WIN_MODAL("views.open") {
      @Override
      void exercise(TestApp app, String user) {
        HttpResponse<String> response = command(app, user, "");
        assertTrue(
            textOf(response).toLowerCase(Locale.ROOT).contains("try again"), response.body());
        app.slack.clearResponses();
        int before = app.slack.calls("views.open").size();
        command(app, user, "");
        awaitAfter(app, "views.open", before, c -> true);
      }
    },
    VIEWS_OPEN_FOR_THE_PRAISE_MODAL("views.open") {
      @Override
      void exercise(TestApp app, String user) {
        int before = app.slack.calls("chat.postMessage").size();
        shortcut(app, user);
        awaitAfter(
            app,
            "chat.postMessage",
            before,
            c -> user.equals(c.param("channel")) && c.param("text").contains("try again"));
        assertEquals(1, app.count("SELECT COUNT(*) FROM praise_drafts WHERE saver_id = ?", user));
      }
    },
    USERS_INFO("users.info") {
      @Override
      void exercise(TestApp app, String user) {
        assertTrue(command(app, user, "Shipped the exporter").body().contains("Saved your win"));
        assertEquals(1, entriesOf(app, user));
      }
    },
    VIEWS_PUBLISH("views.publish") {
      @Override
      void exercise(TestApp app, String user) {
        app.client.event(Payloads.homeOpened(user, "EvHome" + user));
        app.slack.await("views.publish", c -> c.param("user_id").equals(user), WAIT);
        int before = app.slack.calls("views.publish").size();
        assertTrue(command(app, user, "Shipped the importer").body().contains("Saved your win"));
        awaitAfter(app, "views.publish", before, c -> c.param("user_id").equals(user));
        assertEquals(1, entriesOf(app, user));
      }
    },
    CHAT_GET_PERMALINK("chat.getPermalink") {
      @Override
      void exercise(TestApp app, String user) {
        int before = app.slack.calls("chat.postEphemeral").size();
        keepOwnPraise(app, user);
        awaitAfter(
            app,
            "chat.postEphemeral",
            before,
            c -> user.equals(c.param("user")) && c.param("text").contains("couldn't link"));
        assertEquals(1, entriesOf(app, user));
      }
    },
    CHAT_POST_EPHEMERAL("chat.postEphemeral") {
      @Override
      void exercise(TestApp app, String user) {
        int before = app.slack.calls("chat.postMessage").size();
        keepOwnPraise(app, user);
        awaitAfter(
            app,
            "chat.postMessage",
            before,
            c -> ("D" + user).equals(c.param("channel")) && c.param("text").contains("Kept"));
        assertEquals(1, entriesOf(app, user));
      }
    },
    CONVERSATIONS_OPEN_FOR_A_PACKET("conversations.open") {
      @Override
      void exercise(TestApp app, String user) {
        int before = app.slack.calls("response_url").size();
        packet(app, user);
        awaitAfter(app, "response_url", before, c -> c.body().contains("couldn't open a DM"));
        awaitPacketFailed(app, user);
      }
    },
    CHAT_POST_MESSAGE_FOR_A_PACKET("chat.postMessage") {
      @Override
      void exercise(TestApp app, String user) {
        int before = app.slack.calls("response_url").size();
        packet(app, user);
        awaitAfter(app, "response_url", before, c -> c.body().contains("Run `/win packet` again"));
        awaitPacketFailed(app, user);
      }
    },
    FILES_GET_UPLOAD_URL("files.getUploadURLExternal") {
      @Override
      void exercise(TestApp app, String user) {
        uploadFails(app, user);
      }
    },
    FILES_COMPLETE_UPLOAD("files.completeUploadExternal") {
      @Override
      void exercise(TestApp app, String user) {
        uploadFails(app, user);
      }
    },
    RESPONSE_URL_AFTER_UNDO("response_url") {
      @Override
      void exercise(TestApp app, String user) {
        command(app, user, "A win to take back");
        long id =
            app.jdbi()
                .withHandle(
                    h ->
                        h.createQuery("SELECT id FROM entries WHERE user_id = ?")
                            .bind(0, user)
                            .mapTo(Long.class)
                            .one());
        int before = app.slack.calls("chat.postEphemeral").size();
        HttpResponse<String> response =
            app.client.interactive(
                Payloads.blockAction(
                    user,
                    CaptureIds.UNDO_BUTTON,
                    Long.toString(id),
                    "C0GENERAL",
                    app.slack.responseUrl("undo-" + user)));
        assertEquals(200, response.statusCode(), response.body());
        awaitAfter(
            app,
            "chat.postEphemeral",
            before,
            c -> user.equals(c.param("user")) && c.param("text").contains("Deleted win"));
        assertEquals(0, entriesOf(app, user));
      }
    };

    final String method;

    SlackCall(String method) {
      this.method = method;
    }

    abstract void exercise(TestApp app, String user);
  }

  /**
   * Every call with every fault, fault by fault: the cases running at once are then of different
   * calls, on different bots, rather than queued for one.
   */
  static Stream<Arguments> faults() {
    return Arrays.stream(Fault.values())
        .flatMap(fault -> Arrays.stream(SlackCall.values()).map(call -> Arguments.of(call, fault)));
  }

  @ParameterizedTest(name = "{0} answers {1}")
  @MethodSource("faults")
  void the_user_is_told_and_nothing_is_lost(SlackCall call, Fault fault) {
    String user = "UF" + call.ordinal() + "X" + fault.ordinal();
    TestApp app = appFor(call);
    synchronized (app) {
      app.slack.fail(call.method, fault);
      try {
        call.exercise(app, user);
      } finally {
        app.slack.clearResponses();
      }
    }
  }

  private static HttpResponse<String> command(TestApp app, String user, String text) {
    HttpResponse<String> response = app.client.command(user, text);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    return response;
  }

  private static void packet(TestApp app, String user) {
    command(app, user, "Shipped the billing revamp");
    assertTrue(command(app, user, "packet 2026-H1").body().contains("Building your packet"));
  }

  private static void uploadFails(TestApp app, String user) {
    int before = app.slack.calls("chat.postMessage").size();
    packet(app, user);
    Call told =
        awaitAfter(
            app,
            "chat.postMessage",
            before,
            c -> c.param("text") != null && c.param("text").contains("couldn't finish"));
    assertTrue(told.param("blocks").contains("Try again"), told.param("blocks"));
    awaitPacketFailed(app, user);
  }

  private static void awaitPacketFailed(TestApp app, String user) {
    Eventually.await(
        "the packet request marked FAILED",
        () ->
            app.count(
                    "SELECT COUNT(*) FROM packet_requests WHERE user_id = ? AND status = 'FAILED'",
                    user)
                == 1,
        WAIT);
    assertEquals(1, entriesOf(app, user));
  }

  private static void shortcut(TestApp app, String user) {
    HttpResponse<String> response =
        app.client.interactive(
            Payloads.messageShortcut(
                user,
                "C0WINS",
                user,
                "Great launch, " + user,
                "1760000000.1" + user.hashCode(),
                null,
                0));
    assertEquals(200, response.statusCode(), response.body());
  }

  private static void keepOwnPraise(TestApp app, String user) {
    int before = app.slack.calls("views.open").size();
    shortcut(app, user);
    JsonNode view = awaitAfter(app, "views.open", before, c -> true).json("view");
    HttpResponse<String> response =
        app.client.interactive(
            Payloads.viewSubmission(
                user,
                EvidenceIds.MODAL,
                "VF" + user,
                view.path("private_metadata").asText(),
                Payloads.state()
                    .select("competency", "delivery")
                    .text("note", null)
                    .user("owner", user)
                    .build()));
    assertEquals(200, response.statusCode(), response.body());
  }

  private static Call awaitAfter(TestApp app, String method, int before, Predicate<Call> matching) {
    return app.slack.await(
        method, c -> app.slack.calls(method).indexOf(c) >= before && matching.test(c), WAIT);
  }

  private static int entriesOf(TestApp app, String user) {
    return app.count("SELECT COUNT(*) FROM entries WHERE user_id = ?", user);
  }

  private static String textOf(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body()).path("text").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
