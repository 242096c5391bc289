package app.receipts.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.FakeSlack;
import app.receipts.testing.FakeSlack.Fault;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * At most once per person and slot: a DM that may have reached Slack is never sent again, one that
 * certainly did not is retried, and a slot claimed by an instance that died is finished by another.
 */
class ReminderDeliveryGuaranteeTest {
  /** Friday June 19 2026, 16:00 in New York (EDT): everyone's first weekly nudge. */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  private static final Instant NEXT_FRIDAY = FRIDAY_16_NY.plus(Duration.ofDays(7));
  private static final List<String> PEOPLE = List.of("U1", "U2", "U3", "U4");

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private TestApp app;
  private ReminderClock reminders;

  /** Extra environment of the app under test; the PostgreSQL twin of this test adds its URL. */
  Map<String, String> env() {
    return Map.of();
  }

  private void start(int slackTimeoutMillis) {
    Map<String, String> env = new HashMap<>(env());
    env.put("SLACK_TIMEOUT_MS", Integer.toString(slackTimeoutMillis));
    app = TestApp.start(env);
    reminders = new ReminderClock(app);
    for (String person : PEOPLE) {
      app.client.command(person, "Shipped the importer, part " + person);
    }
  }

  @BeforeEach
  void captureLogs() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    logged.setContext(context);
    logged.start();
    context.getLogger("app.receipts.reminders").addAppender(logged);
  }

  @AfterEach
  void stop() {
    ((LoggerContext) LoggerFactory.getILoggerFactory())
        .getLogger("app.receipts.reminders")
        .detachAppender(logged);
    logged.stop();
    if (app != null) {
      app.close();
    }
  }

  @Test
  void a_nudge_slack_answers_after_the_timeout_counts_as_sent_and_is_never_sent_again() {
    start(500);
    app.slack.fail("chat.postMessage", Fault.SLOW_ANSWER);

    reminders.runAt(FRIDAY_16_NY);
    app.slack.clearResponses(); // Slack's late answers: every message was posted
    for (int minutes : List.of(1, 3, 7, 15, 31)) {
      reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(minutes)));
    }

    for (String person : PEOPLE) {
      assertEquals(1, app.slack.dmsTo(person).size(), "nudges to " + person);
      assertEquals(List.of(NEXT_FRIDAY), reminders.scheduledTimes(person));
    }
    assertEquals(
        PEOPLE.size(),
        app.count("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'maybe_sent'"));
    List<String> warnings = warnings();
    assertEquals(PEOPLE.size(), warnings.size(), warnings.toString());
    for (String warning : warnings) {
      assertTrue(warning.contains("may have reached Slack"), warning);
      assertFalse(warning.contains("Shipped") || warning.contains("you logged"), warning);
    }

    reminders.runAt(NEXT_FRIDAY);
    for (String person : PEOPLE) {
      assertEquals(
          2, app.slack.dmsTo(person).size(), "the next slot goes out as usual to " + person);
    }
  }

  @Test
  void a_server_error_after_the_request_reached_slack_counts_as_sent() {
    start(10_000);
    app.slack.fail("chat.postMessage", Fault.SERVER_ERROR);

    reminders.runAt(FRIDAY_16_NY);
    app.slack.clearResponses();
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(1)));
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(3)));

    for (String person : PEOPLE) {
      assertEquals(1, app.slack.dmsTo(person).size(), "nudges to " + person);
      assertEquals(List.of(NEXT_FRIDAY), reminders.scheduledTimes(person));
    }
    assertEquals(PEOPLE.size(), warnings().size(), warnings().toString());
  }

  @Test
  void an_answer_saying_nothing_was_posted_is_retried_and_the_nudge_sent_once() {
    start(10_000);
    app.slack.respond("chat.postMessage", call -> FakeSlack.Reply.error("service_unavailable"));

    reminders.runAt(FRIDAY_16_NY);
    for (String person : PEOPLE) {
      assertEquals(
          List.of(FRIDAY_16_NY.plus(Duration.ofMinutes(1))), reminders.scheduledTimes(person));
    }
    app.slack.clearResponses();
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(1)));
    reminders.runAt(FRIDAY_16_NY.plus(Duration.ofMinutes(3)));

    for (String person : PEOPLE) {
      assertEquals(2, app.slack.dmsTo(person).size(), "one refused, then the nudge, to " + person);
      assertEquals(List.of(NEXT_FRIDAY), reminders.scheduledTimes(person));
    }
    assertEquals(
        PEOPLE.size(), app.count("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'"));
    assertTrue(warnings().isEmpty(), warnings().toString());
  }

  /**
   * The dead instance is two scheduler threads stuck inside Slack calls, as a kill -9 leaves them:
   * one after claiming a person but before any DM call, one with chat.postMessage already sent.
   * Neither heartbeats again. The survivor revives both once the heartbeat limit has passed. At the
   * end the stuck threads are let go, as a paused (not killed) instance would resume: they must not
   * send either.
   */
  @Test
  void a_slot_claimed_by_an_instance_that_died_mid_fan_out_is_finished_by_a_survivor_once_each()
      throws Exception {
    start(60_000);
    CountDownLatch died = new CountDownLatch(1);
    app.slack.respond("conversations.open", holdFirstCall(died));
    app.slack.respond("chat.postMessage", holdFirstCall(died));
    ReminderClock deadFirstThread = reminders;
    ReminderClock deadSecondThread = reminders.second();
    ReminderClock survivor = reminders.second();
    ExecutorService deadInstance = Executors.newFixedThreadPool(2);
    Future<?> stuckBeforeSending;
    Future<?> stuckWhileSending;
    String claimedOnly;
    String maybeReached;
    try {
      stuckBeforeSending = deadInstance.submit(() -> deadFirstThread.runAt(FRIDAY_16_NY));
      claimedOnly = app.slack.await("conversations.open").param("users");
      stuckWhileSending = deadInstance.submit(deadSecondThread::runDue);
      maybeReached = app.slack.await("chat.postMessage").param("channel").substring(1);

      survivor.runAt(FRIDAY_16_NY.plus(ReminderClock.DEAD_AFTER).minusSeconds(1));
      for (String person : PEOPLE) {
        int expected = person.equals(claimedOnly) ? 0 : 1;
        assertEquals(
            expected, app.slack.dmsTo(person).size(), "before the dead are revived: " + person);
      }
      survivor.runAt(FRIDAY_16_NY.plus(ReminderClock.DEAD_AFTER).plusSeconds(1));
      assertEquals(
          1, app.slack.dmsTo(claimedOnly).size(), "the claimed person is reminded by the survivor");
    } finally {
      died.countDown();
    }
    stuckBeforeSending.get(30, TimeUnit.SECONDS);
    stuckWhileSending.get(30, TimeUnit.SECONDS);
    deadInstance.shutdown();

    for (String person : PEOPLE) {
      assertEquals(1, app.slack.dmsTo(person).size(), "nudges to " + person);
      assertEquals(List.of(NEXT_FRIDAY), survivor.scheduledTimes(person), person);
    }
    assertEquals(PEOPLE.size(), app.count("SELECT COUNT(*) FROM reminder_deliveries"));
    assertEquals(0, app.count("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'claimed'"));
    survivor.runAt(NEXT_FRIDAY);
    for (String person : PEOPLE) {
      assertEquals(
          2, app.slack.dmsTo(person).size(), "the next slot goes out as usual to " + person);
    }
  }

  /** The first call of a method is recorded, then its answer waits until the latch opens. */
  private Function<FakeSlack.Call, FakeSlack.Reply> holdFirstCall(CountDownLatch released) {
    AtomicInteger calls = new AtomicInteger();
    return call -> {
      if (calls.getAndIncrement() == 0) {
        try {
          released.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return app.slack.answerAsSlack(call);
    };
  }

  private List<String> warnings() {
    return logged.list.stream()
        .filter(e -> e.getLevel() == Level.WARN && e.getLoggerName().endsWith("NudgeSender"))
        .map(ILoggingEvent::getFormattedMessage)
        .toList();
  }
}
