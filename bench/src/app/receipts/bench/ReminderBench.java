package app.receipts.bench;

import app.receipts.jobs.Jobs;
import app.receipts.reminders.NudgeData;
import app.receipts.reminders.ReminderTask;
import app.receipts.reminders.Slot;
import app.receipts.reminders.SlotKey;
import app.receipts.testing.FakeSlack;
import app.receipts.testing.TestApp;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * 10,000 people (bench.reminder.users) due in the same minute; the fake Slack answers 429
 * (Retry-After 1 s) on every 50th chat.postMessage. Reports the time until every nudge went out,
 * duplicates, 429s and peak RSS.
 */
public final class ReminderBench {
  private static final int USERS = Integer.getInteger("bench.reminder.users", 10_000);
  private static final String[] ZONES = {
    "America/New_York", "Europe/Berlin", "Asia/Kathmandu", "Pacific/Tongatapu", "UTC"
  };

  public static void main(String[] args) {
    BenchMain.run(() -> System.out.println(run()));
  }

  static String run() {
    TestApp app =
        TestApp.start(
            Map.of("LOG_LEVEL", "WARN", "DATABASE_URL", BenchDatabase.fresh("reminder-bench")));
    AtomicInteger posts = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    app.slack.respond(
        "chat.postMessage",
        call -> {
          if (posts.incrementAndGet() % 50 == 0) {
            refused.incrementAndGet();
            return FakeSlack.Reply.rateLimited(1);
          }
          return FakeSlack.Reply.ok(
              "{\"ok\":true,\"channel\":\"" + call.param("channel") + "\",\"ts\":\"1.2\"}");
        });
    Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    var jdbi = app.jdbi();
    jdbi.useHandle(
        h -> {
          var people =
              h.prepareBatch(
                  "INSERT INTO people (team_id, user_id, tz, tz_offset, deactivated, first_seen_at, tz_checked_at) VALUES ('T0001', :u, :tz, 0, FALSE, 0, :now)");
          var settings =
              h.prepareBatch(
                  "INSERT INTO reminder_settings (team_id, user_id, days, time_of_day, enabled, first_nudge_sent, dm_blocked, updated_at) VALUES ('T0001', :u, :days, :time, TRUE, TRUE, FALSE, 0)");
          for (int i = 0; i < USERS; i++) {
            String user = "UB" + i;
            ZoneId zone = ZoneId.of(ZONES[i % ZONES.length]);
            app.slack.userTimezone(user, zone.getId());
            LocalTime local = LocalTime.ofInstant(now, zone);
            people.bind("u", user).bind("tz", zone.getId()).bind("now", now.toEpochMilli()).add();
            settings
                .bind("u", user)
                .bind("days", LocalDate.ofInstant(now, zone).getDayOfWeek().name())
                .bind("time", local.toString())
                .add();
          }
          people.execute();
          settings.execute();
        });
    ReminderTask reminders = app.running.reminderTask();
    SchedulerClient client = Jobs.client(app.running.database().dataSource(), reminders.task());
    List<TaskInstance<?>> instances = new ArrayList<>();
    for (int i = 0; i < USERS; i++) {
      ZoneId zone = ZoneId.of(ZONES[i % ZONES.length]);
      LocalDate day = LocalDate.ofInstant(now, zone);
      Slot slot = new Slot(now, day, SlotKey.snoozed(day));
      NudgeData data = NudgeData.of("T0001", "UB" + i, NudgeData.Kind.SNOOZED, slot);
      instances.add(reminders.task().instance(data.instanceId(), data));
    }
    client.scheduleBatch(instances, now);
    app.clock.set(Instant.now());

    long start = System.nanoTime();
    // the bot's own scheduler settings, on the wall clock as in production
    Scheduler scheduler =
        new Jobs(Clock.systemUTC())
            .scheduler(app.running.database().dataSource(), List.of(reminders.task()), 20)
            .build();
    scheduler.start();
    long deadline = System.nanoTime() + 300_000_000_000L;
    int delivered = 0;
    while (System.nanoTime() < deadline) {
      app.clock.set(Instant.now());
      delivered = app.count("SELECT COUNT(*) FROM reminder_deliveries WHERE state = 'sent'");
      if (delivered >= USERS && app.count("SELECT COUNT(*) FROM scheduled_tasks") == 0) {
        break;
      }
      LockSupport.parkNanos(50_000_000L);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    scheduler.stop();
    Map<String, Integer> perChannel = new HashMap<>();
    app.slack
        .calls("chat.postMessage")
        .forEach(c -> perChannel.merge(c.param("channel"), 1, Integer::sum));
    long accepted = app.slack.calls("chat.postMessage").size() - refused.get();
    long duplicates = accepted - perChannel.size();
    app.close();
    return String.format(
        "reminder | %,d users due in one minute, 429 every 50th post | all sent in %,d ms | delivered %,d"
            + " | duplicates %d | 429s honoured %d | peak RSS %s",
        USERS, millis, delivered, duplicates, refused.get(), peakRss());
  }

  static String peakRss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(line -> line.startsWith("VmHWM"))
          .map(line -> line.replaceAll("\\s+", " ").substring(7))
          .findFirst()
          .orElse("n/a");
    } catch (Exception e) {
      return "n/a";
    }
  }
}
