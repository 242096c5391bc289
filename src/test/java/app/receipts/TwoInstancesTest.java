package app.receipts;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.jobs.Jobs;
import app.receipts.reminders.NudgeData;
import app.receipts.reminders.ReminderTask;
import app.receipts.reminders.Slot;
import app.receipts.reminders.SlotKey;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.Payloads;
import app.receipts.testing.ReminderClock;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two bot instances on one PostgreSQL database behind one Slack, as behind a load balancer: work
 * that Slack (or the scheduler) hands to both happens once, and nothing sent to either is lost.
 */
class TwoInstancesTest {
  /** Friday June 19 2026, 16:00 in New York (EDT): everyone's first weekly nudge. */
  private static final Instant FRIDAY_16_NY = Instant.parse("2026-06-19T20:00:00Z");

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final int USERS = 20;

  private FakeSlack slack;
  private TestApp a;
  private TestApp b;
  private ExecutorService senders;

  @BeforeEach
  void start() {
    slack = new FakeSlack();
    String database = TestDatabases.migratedPostgresUrl();
    // a's Slack calls never time out on their own: when a dies in a test, they stay in flight
    a = TestApp.startSharing(slack, Map.of("DATABASE_URL", database, "SLACK_TIMEOUT_MS", "60000"));
    b = TestApp.startSharing(slack, Map.of("DATABASE_URL", database));
    senders = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void stop() {
    senders.shutdownNow();
    a.close();
    b.close();
    slack.close();
  }

  @Test
  void a_home_opened_through_one_instance_is_kept_current_by_the_other() {
    b.client.command("UHOME", "A win before ever looking at Home");
    a.awaitIdle();
    assertTrue(b.neverCalled("views.publish", c -> true), "nobody has opened Home yet");

    a.client.event(Payloads.homeOpened("UHOME", "EvHomeOnA"));
    slack.await("views.publish", c -> c.param("view").contains("A win before ever looking"), WAIT);
    b.client.command("UHOME", "A win right after opening Home elsewhere");

    slack.await(
        "views.publish", c -> c.param("view").contains("A win right after opening Home"), WAIT);
  }

  @Test
  void reminders_due_for_many_people_go_out_once_per_person_and_slot_from_both_schedulers()
      throws Exception {
    for (int i = 0; i < USERS; i++) {
      (i % 2 == 0 ? a : b).client.command("U" + i, "Shipped part " + i);
    }
    ReminderClock onA = new ReminderClock(a);
    ReminderClock onB = new ReminderClock(b);
    List<Instant> slots = List.of(FRIDAY_16_NY, FRIDAY_16_NY.plus(Duration.ofDays(7)));

    for (Instant slot : slots) {
      bothSchedulersRunAt(onA, onB, slot);
    }

    Map<String, Long> nudgesPerDm = nudgesPerDm();
    assertEquals(USERS, nudgesPerDm.size(), nudgesPerDm.toString());
    nudgesPerDm.forEach(
        (dm, nudges) -> assertEquals(slots.size(), nudges, "nudges in " + dm + ": " + nudges));
    assertEquals(
        slots.size() * USERS,
        a.count("SELECT COUNT(*) FROM reminder_deliveries"),
        "one delivery row per person and slot");
    assertEquals(
        USERS,
        a.count("SELECT COUNT(DISTINCT user_id) FROM reminder_deliveries"),
        "everyone was reminded");
  }

  @Test
  void two_executions_of_one_slot_racing_on_both_instances_send_one_dm_per_person()
      throws Exception {
    for (int i = 0; i < USERS; i++) {
      (i % 2 == 0 ? a : b).client.command("U" + i, "Shipped part " + i);
    }
    // a second execution for the same slot, as a revived dead execution would leave behind:
    // only the delivery claim in the database keeps the two from both sending
    ReminderTask reminders = a.running.reminderTask();
    SchedulerClient client = Jobs.client(a.running.database().dataSource(), reminders.task());
    Slot weekly =
        new Slot(FRIDAY_16_NY, LocalDate.of(2026, 6, 19), SlotKey.parse("weekly:2026-W25-FRIDAY"));
    for (int i = 0; i < USERS; i++) {
      NudgeData again = NudgeData.of(FakeSlack.TEAM, "U" + i, NudgeData.Kind.SNOOZED, weekly);
      client.scheduleIfNotExists(
          reminders.task().instance(again.instanceId(), again), FRIDAY_16_NY);
    }
    ReminderClock onA = new ReminderClock(a);
    ReminderClock onB = new ReminderClock(b);

    bothSchedulersRunAt(onA, onB, FRIDAY_16_NY);

    Map<String, Long> nudgesPerDm = nudgesPerDm();
    assertEquals(USERS, nudgesPerDm.size(), nudgesPerDm.toString());
    nudgesPerDm.forEach((dm, nudges) -> assertEquals(1, nudges, "nudges in " + dm));
    assertEquals(USERS, a.count("SELECT COUNT(*) FROM reminder_deliveries"));
  }

  @Test
  void people_claimed_by_an_instance_killed_mid_fan_out_are_reminded_once_by_the_other()
      throws Exception {
    for (int i = 0; i < USERS; i++) {
      (i % 2 == 0 ? a : b).client.command("U" + i, "Shipped part " + i);
    }
    // a's two scheduler threads each claim someone and are stuck opening their DM when a dies
    CountDownLatch aDied = new CountDownLatch(1);
    AtomicInteger opens = new AtomicInteger();
    slack.respond(
        "conversations.open",
        call -> {
          if (opens.getAndIncrement() < 2) {
            try {
              aDied.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return slack.answerAsSlack(call);
        });
    ReminderClock firstOnA = new ReminderClock(a);
    ReminderClock secondOnA = new ReminderClock(a);
    List<Future<?>> stuckOnA = new ArrayList<>();
    stuckOnA.add(senders.submit(() -> firstOnA.runAt(FRIDAY_16_NY)));
    String first = slack.await("conversations.open", call -> true, WAIT).param("users");
    stuckOnA.add(senders.submit(secondOnA::runDue));
    String second =
        slack
            .await("conversations.open", call -> !call.param("users").equals(first), WAIT)
            .param("users");
    List<String> claimedOnA = List.of(first, second);
    a.close(); // its database pool is gone: nothing a's stuck threads do afterwards can land
    aDied.countDown();
    for (Future<?> stuck : stuckOnA) {
      try {
        stuck.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException failedOnTheClosedDatabase) {
        // what a dead instance does is nobody's business; only what reached Slack counts
      }
    }

    ReminderClock onB = new ReminderClock(b);
    onB.runAt(FRIDAY_16_NY.plus(ReminderClock.DEAD_AFTER).minusSeconds(1));
    assertEquals(USERS - 2, nudgesPerDm().size(), "all but the two a had claimed");
    onB.runAt(FRIDAY_16_NY.plus(ReminderClock.DEAD_AFTER).plusSeconds(1));

    Map<String, Long> nudgesPerDm = nudgesPerDm();
    assertEquals(USERS, nudgesPerDm.size(), nudgesPerDm.toString());
    nudgesPerDm.forEach((dm, nudges) -> assertEquals(1, nudges, "nudges in " + dm));
    for (String claimed : claimedOnA) {
      assertEquals(1L, nudgesPerDm.get("D" + claimed), claimed + " was claimed on a");
    }
    assertEquals(
        Collections.nCopies(USERS, FRIDAY_16_NY.plus(Duration.ofDays(7))),
        onB.allScheduledTimes(),
        "everyone's next nudge is scheduled, the revived ones' too");
    assertEquals(USERS, b.count("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'"));
  }

  @Test
  void a_packet_request_delivered_to_both_instances_is_built_and_uploaded_once() throws Exception {
    a.client.command("U1", "Cut build time from 14 min to 3 min");
    String retried = a.client.commandBody("U1", "packet 2026-H1", "trig-packet-1");

    List<HttpResponse<String>> acks =
        race(() -> a.client.send(retried, Map.of()), () -> b.client.send(retried, Map.of()));

    for (HttpResponse<String> ack : acks) {
      assertEquals(200, ack.statusCode());
      assertTrue(ack.body().contains("Building your packet"), ack.body());
    }
    assertEquals(1, a.count("SELECT COUNT(*) FROM packet_requests"));
    slack.await("files.completeUploadExternal", call -> true, WAIT);
    a.close();
    b.close();
    assertEquals(1, slack.calls("files.completeUploadExternal").size(), "one upload");
    assertEquals(
        1,
        slack.calls("chat.postMessage").stream()
            .filter(call -> String.valueOf(call.param("text")).contains("review packet"))
            .count(),
        "one summary");
  }

  @Test
  void captures_sent_to_both_instances_at_once_all_land_and_retries_land_once() throws Exception {
    List<Future<HttpResponse<String>>> sent = new ArrayList<>();
    int wins = 40;
    for (int i = 0; i < wins; i++) {
      TestApp target = i % 2 == 0 ? a : b;
      String user = "U" + (i % 5);
      String text = "Shipped win number " + i;
      sent.add(senders.submit(() -> target.client.command(user, text)));
    }
    int retried = 5;
    for (int i = 0; i < retried; i++) {
      String body = a.client.commandBody("UR", "Retried win " + i, "trig-retried-" + i);
      sent.add(senders.submit(() -> a.client.send(body, Map.of())));
      sent.add(senders.submit(() -> b.client.send(body, Map.of())));
    }

    int saved = 0;
    for (Future<HttpResponse<String>> response : sent) {
      HttpResponse<String> ack = response.get(30, TimeUnit.SECONDS);
      assertEquals(200, ack.statusCode(), ack.body());
      assertTrue(ack.body().contains("Saved win #"), ack.body());
      saved++;
    }
    assertEquals(wins + 2 * retried, saved);
    assertEquals(wins, a.count("SELECT COUNT(*) FROM entries WHERE user_id <> 'UR'"));
    assertEquals(retried, b.count("SELECT COUNT(*) FROM entries WHERE user_id = 'UR'"));
  }

  /** Runs both at the same moment on two threads and returns their results in order. */
  private <T> List<T> race(Callable<T> first, Callable<T> second) throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> running = new ArrayList<>();
    for (Callable<T> work : List.of(first, second)) {
      running.add(
          senders.submit(
              () -> {
                go.await();
                return work.call();
              }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> result : running) {
      results.add(result.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  /** Both instances' schedulers reach the slot at the same moment, then finish what is due. */
  private void bothSchedulersRunAt(ReminderClock onA, ReminderClock onB, Instant slot)
      throws Exception {
    race(
        () -> {
          onA.runAt(slot);
          return null;
        },
        () -> {
          onB.runAt(slot);
          return null;
        });
    onA.runDue();
    onB.runDue();
  }

  private Map<String, Long> nudgesPerDm() {
    return slack.calls("chat.postMessage").stream()
        .collect(groupingBy(call -> call.param("channel"), counting()));
  }
}
