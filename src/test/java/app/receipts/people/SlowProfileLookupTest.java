package app.receipts.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's timezone comes from users.info; a slow Slack must not hold the answer to their
 * command, nor the threads that answer everyone else.
 */
class SlowProfileLookupTest {
  /** 19:00 on June 15 in Los Angeles, already June 16 in UTC. */
  private static final Instant EVENING_IN_LA = Instant.parse("2026-06-16T02:00:00Z");

  private TestApp app;
  private final CountDownLatch slackAnswers = new CountDownLatch(1);

  @BeforeEach
  void start() {
    app = TestApp.start();
    app.clock.set(EVENING_IN_LA);
    app.slack.respond(
        "users.info",
        call -> {
          try {
            slackAnswers.await(60, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return FakeSlack.Reply.ok(
              "{\"ok\":true,\"user\":{\"id\":\""
                  + call.param("user")
                  + "\",\"name\":\"dana\",\"deleted\":false,"
                  + "\"tz\":\"America/Los_Angeles\",\"tz_offset\":-25200}}");
        });
  }

  @AfterEach
  void stop() {
    slackAnswers.countDown();
    app.close();
  }

  @Test
  void a_newcomers_win_is_answered_while_slack_has_not_told_their_timezone() {
    HttpResponse<String> response = app.client.command("UNEW1", "Shipped the search reindex");

    assertTrue(response.body().contains("Saved win #"), response.body());
    assertEquals(1, slackAnswers.getCount(), "users.info must still be unanswered");
    assertEquals("2026-06-16", occurredOn("UNEW1"), "a UTC guess until the zone is known");

    slackAnswers.countDown();
    Eventually.await(
        "the win moves to the newcomer's own date",
        () -> "2026-06-15".equals(occurredOn("UNEW1")),
        Duration.ofSeconds(10));
    Eventually.await(
        "the newcomer's weekly reminder is scheduled",
        () ->
            app.count("SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance LIKE ?", "%UNEW1%")
                == 1,
        Duration.ofSeconds(10));
  }

  @Test
  void a_hundred_newcomers_at_once_are_all_answered_while_slack_stalls() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      String user = "UBURST" + i;
      answers.add(
          CompletableFuture.supplyAsync(
              () -> app.client.command(user, "Fixed flaky test " + user)));
    }
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      String body = answer.get(30, TimeUnit.SECONDS).body();
      assertTrue(body.contains("Saved win #"), body);
    }
    assertEquals(1, slackAnswers.getCount(), "every answer came while users.info stalled");
    assertEquals(200, app.client.get("/healthz").statusCode());
    assertEquals(100, app.count("SELECT COUNT(*) FROM entries"));
  }

  private String occurredOn(String userId) {
    return app.jdbi()
        .withHandle(
            h ->
                h.createQuery("SELECT occurred_on FROM entries WHERE user_id = :u")
                    .bind("u", userId)
                    .mapTo(String.class)
                    .one());
  }
}
