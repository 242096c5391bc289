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
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Web API call the bot makes, failing every way Slack fails: the person is told through
 * whatever path is still alive, what they asked for is stored or can be asked for again, and Slack
 * never sees a 500.
 */
class SlackFaultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(Map.of("SLACK_TIMEOUT_MS", "500"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @AfterEach
  void heal() {
    app.slack.clearResponses();
  }

  /** A user action that makes the call, and what must hold when the call fails. */
  enum SlackCall {
    VIEWS_OPEN_FOR_THE_WIN_MODAL("views.open") {
      @Override
      void exercise(String user) {
        HttpResponse<String> response = command(user, "");
        assertTrue(
            textOf(response).toLowerCase(Locale.ROOT).contains("try again"), response.body());
        app.slack.clearResponses();
        int before = app.slack.calls("views.open").size();
        command(user, "");
        awaitAfter("views.open", before, c -> true);
      }
    },
    VIEWS_OPEN_FOR_THE_PRAISE_MODAL("views.open") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("chat.postMessage").size();
        shortcut(user);
        awaitAfter(
            "chat.postMessage",
            before,
            c -> user.equals(c.param("channel")) && c.param("text").contains("try again"));
        assertEquals(1, app.count("SELECT COUNT(*) FROM praise_drafts WHERE saver_id = ?", user));
      }
    },
    USERS_INFO("users.info") {
      @Override
      void exercise(String user) {
        assertTrue(command(user, "Shipped the exporter").body().contains("Saved your win"));
        assertEquals(1, entriesOf(user));
      }
    },
    VIEWS_PUBLISH("views.publish") {
      @Override
      void exercise(String user) {
        app.client.event(Payloads.homeOpened(user, "EvHome" + user));
        app.slack.await("views.publish", c -> c.param("user_id").equals(user), WAIT);
        int before = app.slack.calls("views.publish").size();
        assertTrue(command(user, "Shipped the importer").body().contains("Saved your win"));
        awaitAfter("views.publish", before, c -> c.param("user_id").equals(user));
        assertEquals(1, entriesOf(user));
      }
    },
    CHAT_GET_PERMALINK("chat.getPermalink") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("chat.postEphemeral").size();
        keepOwnPraise(user);
        awaitAfter(
            "chat.postEphemeral",
            before,
            c -> user.equals(c.param("user")) && c.param("text").contains("couldn't link"));
        assertEquals(1, entriesOf(user));
      }
    },
    CHAT_POST_EPHEMERAL("chat.postEphemeral") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("chat.postMessage").size();
        keepOwnPraise(user);
        awaitAfter(
            "chat.postMessage",
            before,
            c -> ("D" + user).equals(c.param("channel")) && c.param("text").contains("Kept"));
        assertEquals(1, entriesOf(user));
      }
    },
    CONVERSATIONS_OPEN_FOR_A_PACKET("conversations.open") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("response_url").size();
        packet(user);
        awaitAfter("response_url", before, c -> c.body().contains("couldn't open a DM"));
        awaitPacketFailed(user);
      }
    },
    CHAT_POST_MESSAGE_FOR_A_PACKET("chat.postMessage") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("response_url").size();
        packet(user);
        awaitAfter("response_url", before, c -> c.body().contains("Run `/win packet` again"));
        awaitPacketFailed(user);
      }
    },
    FILES_GET_UPLOAD_URL("files.getUploadURLExternal") {
      @Override
      void exercise(String user) {
        uploadFails(user);
      }
    },
    FILES_COMPLETE_UPLOAD("files.completeUploadExternal") {
      @Override
      void exercise(String user) {
        uploadFails(user);
      }
    },
    RESPONSE_URL_AFTER_UNDO("response_url") {
      @Override
      void exercise(String user) {
        command(user, "A win to take back");
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
            "chat.postEphemeral",
            before,
            c -> user.equals(c.param("user")) && c.param("text").contains("Removed win"));
        assertEquals(0, entriesOf(user));
      }
    };

    final String method;

    SlackCall(String method) {
      this.method = method;
    }

    abstract void exercise(String user);
  }

  static Stream<Arguments> faults() {
    return Arrays.stream(SlackCall.values())
        .flatMap(call -> Arrays.stream(Fault.values()).map(fault -> Arguments.of(call, fault)));
  }

  @ParameterizedTest(name = "{0} answers {1}")
  @MethodSource("faults")
  void the_user_is_told_and_nothing_is_lost(SlackCall call, Fault fault) {
    String user = "UF" + call.ordinal() + "X" + fault.ordinal();
    app.slack.fail(call.method, fault);

    call.exercise(user);
  }

  private static HttpResponse<String> command(String user, String text) {
    HttpResponse<String> response = app.client.command(user, text);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    return response;
  }

  private static void packet(String user) {
    command(user, "Shipped the billing revamp");
    assertTrue(command(user, "packet 2026-H1").body().contains("Building your packet"));
  }

  private static void uploadFails(String user) {
    int before = app.slack.calls("chat.postMessage").size();
    packet(user);
    Call told =
        awaitAfter(
            "chat.postMessage",
            before,
            c -> c.param("text") != null && c.param("text").contains("couldn't finish"));
    assertTrue(told.param("blocks").contains("Try again"), told.param("blocks"));
    awaitPacketFailed(user);
  }

  private static void awaitPacketFailed(String user) {
    Eventually.await(
        "the packet request marked FAILED",
        () ->
            app.count(
                    "SELECT COUNT(*) FROM packet_requests WHERE user_id = ? AND status = 'FAILED'",
                    user)
                == 1,
        WAIT);
    assertEquals(1, entriesOf(user));
  }

  private static void shortcut(String user) {
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

  private static void keepOwnPraise(String user) {
    int before = app.slack.calls("views.open").size();
    shortcut(user);
    JsonNode view = awaitAfter("views.open", before, c -> true).json("view");
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

  private static Call awaitAfter(String method, int before, Predicate<Call> matching) {
    return app.slack.await(
        method, c -> app.slack.calls(method).indexOf(c) >= before && matching.test(c), WAIT);
  }

  private static int entriesOf(String user) {
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
