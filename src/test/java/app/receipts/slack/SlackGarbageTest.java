package app.receipts.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.evidence.EvidenceIds;
import app.receipts.home.HomeIds;
import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack.Call;
import app.receipts.testing.FakeSlack.Fault;
import app.receipts.testing.Installs;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Slack (or something in front of it) answering garbage: an HTML page, cut-off JSON or an empty
 * body with HTTP 200, or {@code ok: false} without an error code. Each is handled exactly as a
 * Slack error code is, on the calls {@link SlackFaultsTest} does not drive: the person is told, the
 * stored state is right, and no exception escapes a worker thread.
 */
class SlackGarbageTest {
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final List<Fault> GARBAGE =
      List.of(Fault.HTML, Fault.TRUNCATED_JSON, Fault.EMPTY_BODY, Fault.OK_FALSE_NO_ERROR);
  private static final List<Throwable> escaped = Collections.synchronizedList(new ArrayList<>());
  private static Thread.UncaughtExceptionHandler previous;
  private static TestApp app;

  @BeforeAll
  static void start() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> escaped.add(e));
    app = TestApp.start(Map.of("SLACK_TIMEOUT_MS", "2000"));
  }

  @AfterAll
  static void stop() {
    app.close();
    Thread.setDefaultUncaughtExceptionHandler(previous);
  }

  @AfterEach
  void heal() {
    app.slack.clearResponses();
    List<Throwable> seen = List.copyOf(escaped);
    escaped.clear();
    assertEquals(List.of(), seen, "exceptions escaped a worker");
  }

  /** A user action that makes the call, and what must hold when the call answers garbage. */
  enum Flow {
    PRAISE_FOR_A_TEAMMATE_DM_OPEN("conversations.open") {
      @Override
      void exercise(String user) {
        praiseForTeammateIsWithdrawnAndTheSaverTold(user);
      }
    },
    PRAISE_FOR_A_TEAMMATE_DM_POST("chat.postMessage") {
      @Override
      void exercise(String user) {
        praiseForTeammateIsWithdrawnAndTheSaverTold(user);
      }
    },
    EXPORT_DM_OPEN("conversations.open") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("response_url").size();
        export(user);
        awaitAfter("response_url", before, c -> c.body().contains("Your export failed"));
      }
    },
    EXPORT_UPLOAD_URL("files.getUploadURLExternal") {
      @Override
      void exercise(String user) {
        exportFailureInDm(user);
      }
    },
    EXPORT_COMPLETE_UPLOAD("files.completeUploadExternal") {
      @Override
      void exercise(String user) {
        exportFailureInDm(user);
      }
    },
    PACKET_DISPLAY_NAME("users.info") {
      @Override
      void exercise(String user) {
        command(user, "Shipped the billing revamp");
        assertTrue(command(user, "packet 2026-H1").body().contains("Building your packet"));
        Eventually.await(
            "the packet delivered under the user's id",
            () ->
                app.count(
                        "SELECT COUNT(*) FROM packet_requests WHERE user_id = ?"
                            + " AND status = 'DELIVERED'",
                        user)
                    == 1,
            WAIT);
      }
    },
    HOME_LOG_WIN_BUTTON("views.open") {
      @Override
      void exercise(String user) {
        int before = app.slack.calls("chat.postMessage").size();
        HttpResponse<String> response =
            app.client.interactive(Payloads.blockAction(user, HomeIds.LOG_WIN, null, null, null));
        assertEquals(200, response.statusCode(), response.body());
        awaitAfter(
            "chat.postMessage",
            before,
            c -> user.equals(c.param("channel")) && c.param("text").contains("try again"));
      }
    };

    final String method;

    Flow(String method) {
      this.method = method;
    }

    abstract void exercise(String user);
  }

  static Stream<Arguments> flowsAndGarbage() {
    return Arrays.stream(Flow.values())
        .flatMap(flow -> GARBAGE.stream().map(fault -> Arguments.of(flow, fault)));
  }

  @ParameterizedTest(name = "{0} answers {1}")
  @MethodSource("flowsAndGarbage")
  void garbage_is_handled_like_an_error_code(Flow flow, Fault fault) {
    String user = "UG" + flow.ordinal() + "X" + fault.ordinal();
    app.slack.fail(flow.method, fault);

    flow.exercise(user);
  }

  @ParameterizedTest(name = "oauth.v2.access answers {0}")
  @EnumSource(
      value = Fault.class,
      names = {"HTML", "TRUNCATED_JSON", "EMPTY_BODY", "OK_FALSE_NO_ERROR"})
  void an_install_whose_code_exchange_answers_garbage_fails_cleanly_and_can_be_retried(
      Fault fault) {
    try (TestApp multi = TestApp.start(Installs.env())) {
      String team = "TGARB" + fault.ordinal();
      multi.slack.fail("oauth.v2.access", fault);

      HttpResponse<String> failed = Installs.install(multi, team);

      assertNotEquals(500, failed.statusCode(), failed.body());
      assertFalse(failed.body().contains("Thank you!"), failed.body());
      assertFalse(failed.body().contains("Exception"), failed.body());
      assertEquals(0, multi.count("SELECT COUNT(*) FROM installations"));
      multi.slack.clearResponses();
      assertTrue(Installs.install(multi, team).body().contains("Thank you!"));
      assertEquals(1, multi.count("SELECT COUNT(*) FROM installations WHERE team_id = ?", team));
    }
  }

  /**
   * Bolt checks the bot token with auth.test before any handler runs and keeps its answer, even a
   * refusal, for minutes. Garbage there must neither be acked as if the win were saved nor be kept:
   * the next request, once Slack answers properly, is served.
   */
  @ParameterizedTest(name = "Bolt's own auth.test answers {0}")
  @EnumSource(
      value = Fault.class,
      names = {"HTML", "TRUNCATED_JSON", "EMPTY_BODY", "OK_FALSE_NO_ERROR"})
  void bolts_own_auth_test_answering_garbage_acks_nothing_and_is_not_kept(Fault fault) {
    try (TestApp fresh = TestApp.start()) {
      fresh.slack.fail("auth.test", fault);

      HttpResponse<String> garbled = fresh.client.command("UAUTH1", "Shipped the auth check");

      assertNotEquals(200, garbled.statusCode(), garbled.body());
      assertEquals(0, fresh.count("SELECT COUNT(*) FROM entries"));
      fresh.slack.clearResponses();
      HttpResponse<String> healed = fresh.client.command("UAUTH2", "Shipped it again");
      if (fault == Fault.OK_FALSE_NO_ERROR) {
        // a refusal, like invalid_auth: Bolt keeps it for its cache's lifetime, as it always has
        assertEquals(401, healed.statusCode(), healed.body());
        return;
      }
      assertTrue(healed.body().contains("Saved"), healed.statusCode() + " " + healed.body());
      assertEquals(1, fresh.count("SELECT COUNT(*) FROM entries"));
    }
  }

  private static void praiseForTeammateIsWithdrawnAndTheSaverTold(String saver) {
    String owner = saver + "OWN";
    int opened = app.slack.calls("views.open").size();
    HttpResponse<String> clicked =
        app.client.interactive(
            Payloads.messageShortcut(
                saver,
                "C0WINS",
                owner,
                "Great launch, " + owner,
                "1760000000.2" + Math.abs(saver.hashCode()),
                null,
                0));
    assertEquals(200, clicked.statusCode(), clicked.body());
    JsonNode view = awaitAfter("views.open", opened, c -> true).json("view");
    int told = app.slack.calls("chat.postEphemeral").size();
    HttpResponse<String> submitted =
        app.client.interactive(
            Payloads.viewSubmission(
                saver,
                EvidenceIds.MODAL,
                "VG" + saver,
                view.path("private_metadata").asText(),
                Payloads.state()
                    .select("competency", "delivery")
                    .text("note", null)
                    .user("owner", owner)
                    .build()));
    assertEquals(200, submitted.statusCode(), submitted.body());

    Call message =
        awaitAfter(
            "chat.postEphemeral",
            told,
            c -> saver.equals(c.param("user")) && c.param("text").contains("couldn't send it"));
    assertFalse(message.param("text").contains("Sent to"), message.param("text"));
    assertEquals(
        0,
        app.count("SELECT COUNT(*) FROM entries WHERE user_id = ?", owner),
        "no praise left PENDING that its owner was never asked about");
  }

  private static void export(String user) {
    command(user, "Shipped the exporter");
    assertTrue(command(user, "export").body().contains("Preparing your export"));
  }

  private static void exportFailureInDm(String user) {
    int before = app.slack.calls("chat.postMessage").size();
    export(user);
    awaitAfter(
        "chat.postMessage",
        before,
        c -> ("D" + user).equals(c.param("channel")) && c.param("text").contains("export failed"));
    assertEquals(1, app.count("SELECT COUNT(*) FROM entries WHERE user_id = ?", user));
  }

  private static HttpResponse<String> command(String user, String text) {
    HttpResponse<String> response = app.client.command(user, text);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
    return response;
  }

  private static Call awaitAfter(String method, int before, Predicate<Call> matching) {
    return app.slack.await(
        method, c -> app.slack.calls(method).indexOf(c) >= before && matching.test(c), WAIT);
  }
}
