package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.Installs;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import app.receipts.testing.TestDatabases;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PurgeTeamCliTest {
  private static final String TEAM_A = "TAAAA1";
  private static final String TEAM_B = "TBBBB2";
  private static final Instant LATER = TestApp.START.plus(Duration.ofDays(30));
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String databaseUrl, String... args) {
    return PurgeTeamCli.run(
        args,
        Map.of("DATABASE_URL", databaseUrl),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /** Two installed workspaces, each with entries, people, reminders and a handled event. */
  private static String twoWorkspaces(TestDatabases.Kind kind) {
    return twoWorkspaces(kind, app -> {});
  }

  private static String twoWorkspaces(TestDatabases.Kind kind, Consumer<TestApp> andThen) {
    String url = TestDatabases.freshUrl(kind);
    Map<String, String> env = new HashMap<>(Installs.env());
    env.put("DATABASE_URL", url);
    try (TestApp app = TestApp.start(env)) {
      for (String team : List.of(TEAM_A, TEAM_B)) {
        Installs.install(app, team);
        app.client.command(team, "U1", "Win in " + team);
        app.client.event(
            Payloads.homeOpened("U1", "Ev" + team).replace("\"T0001\"", "\"" + team + "\""));
      }
      Eventually.await(
          "weekly reminders scheduled",
          () -> app.count("SELECT COUNT(*) FROM scheduled_tasks") == 2,
          Duration.ofSeconds(10));
      andThen.accept(app);
      return url;
    }
  }

  /**
   * Queues, for later, a job of every kind the app's scheduler runs for each workspace, with the
   * request row its id names where the id holds no team, and returns every queued id by team: the
   * weekly reminders the app made and these.
   */
  private static Map<String, Set<String>> queueOneOfEveryKind(TestApp app) {
    List<Task<?>> tasks = new ArrayList<>(app.running.jobs().tasks());
    tasks.add(app.running.reminderTask().task());
    SchedulerClient client =
        SchedulerClient.Builder.create(app.running.database().dataSource(), tasks).build();
    Map<String, Set<String>> queued = new HashMap<>();
    for (String team : List.of(TEAM_A, TEAM_B)) {
      Set<String> ids = new TreeSet<>(Set.of("reminder " + "weekly|" + team + "|U1"));
      for (Task<?> task : tasks) {
        String id = app.jdbi().inTransaction(h -> queuedId(h, task.getName(), team));
        assertTrue(client.scheduleIfNotExists(task.instance(id), LATER), id);
        ids.add(task.getName() + " " + id);
      }
      queued.put(team, ids);
    }
    return queued;
  }

  /** The instance id a queued job of each kind has in the database today. */
  private static String queuedId(Handle handle, String taskName, String team) {
    return switch (taskName) {
      case "reminder" -> "review|" + team + "|U1|review:2026-07-20:14";
      case "export" -> team + "|U1|" + "Tr" + team;
      case "packet" ->
          "packet-"
              + handle
                  .createUpdate(
                      "INSERT INTO packet_requests (team_id, user_id, request_key, period_start,"
                          + " period_end, status, created_at, updated_at)"
                          + " VALUES (:team, 'U1', 'k', '2026-01-01', '2026-06-30', 'REQUESTED',"
                          + " 0, 0)")
                  .bind("team", team)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
      case "conversation" ->
          "conversation-"
              + handle
                  .createUpdate(
                      "INSERT INTO conversation_requests (team_id, user_id, request_key, kind,"
                          + " period_start, period_end, period_slug, inputs, status, created_at,"
                          + " updated_at) VALUES (:team, 'U1', 'k', 'BONUS', '2026-01-01',"
                          + " '2026-06-30', '2026-H1', '{}', 'REQUESTED', 0, 0)")
                  .bind("team", team)
                  .executeAndReturnGeneratedKeys("id")
                  .mapTo(Long.class)
                  .one();
      default ->
          throw new AssertionError(
              "The scheduler runs task '" + taskName + "': teach purge-team and this test it");
    };
  }

  private static Set<String> scheduledTasks(String databaseUrl) {
    return Jdbi.create(databaseUrl)
        .withHandle(
            h ->
                new TreeSet<>(
                    h.createQuery(
                            "SELECT task_name || ' ' || task_instance AS task FROM scheduled_tasks")
                        .mapTo(String.class)
                        .list()));
  }

  private static int rows(String databaseUrl, String sql, String teamId) {
    return Jdbi.create(databaseUrl)
        .withHandle(h -> h.createQuery(sql).bind(0, teamId).mapTo(Integer.class).one());
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void without_yes_it_counts_and_deletes_nothing(TestDatabases.Kind kind) {
    String url = twoWorkspaces(kind);

    int code = run(url, "purge-team", TEAM_A);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(printed.contains("1\tentries"), printed);
    assertTrue(printed.contains("1\tinstallations"), printed);
    assertTrue(printed.contains("Nothing deleted. Run again with --yes"), printed);
    assertEquals(1, rows(url, "SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_A));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void with_yes_every_row_of_that_workspace_goes_and_the_other_stays(TestDatabases.Kind kind) {
    String url = twoWorkspaces(kind);

    int code = run(url, "purge-team", TEAM_A, "--yes");

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    for (String table : PurgeTeamCli.TABLES) {
      assertEquals(
          0, rows(url, "SELECT COUNT(*) FROM " + table + " WHERE team_id = ?", TEAM_A), table);
    }
    assertEquals(
        0,
        rows(url, "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance LIKE ?", "%|TAAAA1|%"));
    assertEquals(1, rows(url, "SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_B));
    assertEquals(1, rows(url, "SELECT COUNT(*) FROM installations WHERE team_id = ?", TEAM_B));
    assertEquals(
        1,
        rows(url, "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance LIKE ?", "%|TBBBB2|%"));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void with_yes_no_job_of_that_workspace_stays_queued_whatever_its_kind(TestDatabases.Kind kind) {
    Map<String, Set<String>> queued = new HashMap<>();
    String url = twoWorkspaces(kind, app -> queued.putAll(queueOneOfEveryKind(app)));
    Set<String> both = new TreeSet<>(queued.get(TEAM_A));
    both.addAll(queued.get(TEAM_B));
    assertEquals(both, scheduledTasks(url));

    assertEquals(0, run(url, "purge-team", TEAM_A), err.toString(StandardCharsets.UTF_8));
    String printed = out.toString(StandardCharsets.UTF_8);
    for (String count :
        List.of(
            "2\tscheduled reminder tasks",
            "1\tscheduled export tasks",
            "1\tscheduled packet tasks",
            "1\tscheduled conversation tasks")) {
      assertTrue(printed.contains(count), printed);
    }
    assertEquals(both, scheduledTasks(url));

    int code = run(url, "purge-team", TEAM_A, "--yes");

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertEquals(queued.get(TEAM_B), scheduledTasks(url));
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void every_table_with_a_team_id_column_is_purged(TestDatabases.Kind kind) {
    String url = twoWorkspaces(kind);
    String tablesWithTeamId =
        kind == TestDatabases.Kind.SQLITE
            ? """
              SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
              WHERE m.type = 'table' AND c.name = 'team_id'
              """
            : """
              SELECT table_name FROM information_schema.columns
              WHERE table_schema = 'public' AND column_name = 'team_id'
              """;

    Set<String> withTeamId =
        Jdbi.create(url)
            .withHandle(
                h -> new TreeSet<>(h.createQuery(tablesWithTeamId).mapTo(String.class).list()));

    assertEquals(withTeamId, new TreeSet<>(PurgeTeamCli.TABLES));
  }

  @Test
  void a_missing_or_odd_team_id_is_refused() {
    assertEquals(2, run("jdbc:sqlite::memory:", "purge-team"));
    assertEquals(2, run("jdbc:sqlite::memory:", "purge-team", "T1%"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage"));
  }
}
