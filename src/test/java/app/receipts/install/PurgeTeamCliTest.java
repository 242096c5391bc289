package app.receipts.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.receipts.testing.Eventually;
import app.receipts.testing.Installs;
import app.receipts.testing.Payloads;
import app.receipts.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class PurgeTeamCliTest {
  private static final String TEAM_A = "TAAAA1";
  private static final String TEAM_B = "TBBBB2";
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
  private static String twoWorkspaces() {
    try (TestApp app = TestApp.start(Installs.env())) {
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
      return "jdbc:sqlite:" + app.dataDir.resolve("receipts.db");
    }
  }

  private static int rows(String databaseUrl, String sql, String teamId) {
    return Jdbi.create(databaseUrl)
        .withHandle(h -> h.createQuery(sql).bind(0, teamId).mapTo(Integer.class).one());
  }

  @Test
  void without_yes_it_counts_and_deletes_nothing() {
    String url = twoWorkspaces();

    int code = run(url, "purge-team", TEAM_A);

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(printed.contains("1\tentries"), printed);
    assertTrue(printed.contains("1\tinstallations"), printed);
    assertTrue(printed.contains("Nothing deleted. Run again with --yes"), printed);
    assertEquals(1, rows(url, "SELECT COUNT(*) FROM entries WHERE team_id = ?", TEAM_A));
  }

  @Test
  void with_yes_every_row_of_that_workspace_goes_and_the_other_stays() {
    String url = twoWorkspaces();

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

  @Test
  void every_table_with_a_team_id_column_is_purged() {
    String url = twoWorkspaces();

    Set<String> withTeamId =
        Jdbi.create(url)
            .withHandle(
                h ->
                    new TreeSet<>(
                        h.createQuery(
                                """
                                SELECT m.name FROM sqlite_master m, pragma_table_info(m.name) c
                                WHERE m.type = 'table' AND c.name = 'team_id'
                                """)
                            .mapTo(String.class)
                            .list()));

    assertEquals(withTeamId, new TreeSet<>(PurgeTeamCli.TABLES));
  }

  @Test
  void a_missing_or_odd_team_id_is_refused() {
    assertEquals(2, run("jdbc:sqlite::memory:", "purge-team"));
    assertEquals(2, run("jdbc:sqlite::memory:", "purge-team", "T1%"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("Usage"));
  }
}
