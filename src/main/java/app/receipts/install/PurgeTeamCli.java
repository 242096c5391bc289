package app.receipts.install;

import app.receipts.Config;
import app.receipts.conversations.ConversationsFeature;
import app.receipts.mydata.ExportJob;
import app.receipts.mydata.ExportTaskId;
import app.receipts.packet.PacketDelivery;
import app.receipts.reminders.ReminderTask;
import app.receipts.reminders.ReminderTaskId;
import app.receipts.store.Database;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * {@code java -jar receipts.jar purge-team T0123 --yes}: deletes every row Receipts keeps for one
 * workspace, in one transaction. Uninstalling keeps the data (people may reinstall); this is the
 * admin's deliberate last step. Without {@code --yes} it only counts.
 */
public final class PurgeTeamCli {
  static final String USAGE =
      """
      Usage: java -jar receipts.jar purge-team T0123 [--yes] [--database jdbc:sqlite:./data/receipts.db]
        without --yes, counts what would be deleted and deletes nothing
        --database defaults to DATABASE_URL, then jdbc:sqlite:./data/receipts.db
      """;
  private static final Pattern TEAM_ID = Pattern.compile("[A-Z0-9]{2,32}");

  /** Every table whose rows carry a team_id; an entry's metrics and corrections before it. */
  static final List<String> TABLES =
      List.of(
          "conversation_requests",
          "entry_metrics",
          "rule_corrections",
          "entries",
          "people",
          "praise_drafts",
          "reminder_settings",
          "reminder_deliveries",
          "metric_follow_ups",
          "packet_requests",
          "slack_deliveries",
          "installations");

  /**
   * Every kind of task the scheduler runs: a purged workspace's queued jobs would otherwise run for
   * data that is gone, and keep their response URLs.
   */
  static final List<TeamTasks> TASKS =
      List.of(
          TeamTasks.matching(ReminderTask.NAME, ReminderTaskId::likeTeam),
          TeamTasks.matching(ExportJob.TASK, ExportTaskId::likeTeam),
          TeamTasks.ofRequests(PacketDelivery.TASK, PacketDelivery::jobIdsOf),
          TeamTasks.ofRequests(ConversationsFeature.TASK, ConversationsFeature::jobIdsOf));

  private PurgeTeamCli() {}

  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    String teamId = null;
    boolean confirmed = false;
    String url = env.getOrDefault("DATABASE_URL", Config.DEFAULT_DATABASE_URL);
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--yes")) {
        confirmed = true;
      } else if (args[i].equals("--database") && i + 1 < args.length) {
        url = args[++i];
      } else if (teamId == null && !args[i].startsWith("--")) {
        teamId = args[i];
      } else {
        err.println("Unexpected argument: " + args[i] + "\n" + USAGE);
        return 2;
      }
    }
    if (teamId == null || !TEAM_ID.matcher(teamId).matches()) {
      err.println("Give the workspace's team id, such as T0123ABCD\n" + USAGE);
      return 2;
    }
    Database database = Database.openForCommand(url, err);
    if (database == null) {
      return 1;
    }
    try {
      String team = teamId;
      boolean delete = confirmed;
      Map<String, Integer> counts =
          database.jdbi().inTransaction(handle -> purge(handle, team, delete));
      counts.forEach((table, count) -> out.println(count + "\t" + table));
      out.println(
          delete
              ? "Deleted everything Receipts kept for workspace " + teamId + "."
              : "Nothing deleted. Run again with --yes to delete these rows of workspace "
                  + teamId
                  + ".");
      return 0;
    } finally {
      database.close();
    }
  }

  private static Map<String, Integer> purge(Handle handle, String teamId, boolean delete) {
    // before the tables: packet and conversation jobs are found by their request rows
    Map<String, Integer> tasks = new LinkedHashMap<>();
    for (TeamTasks kind : TASKS) {
      List<String> queued = kind.queued(handle, teamId);
      tasks.put("scheduled " + kind.taskName() + " tasks", queued.size());
      if (delete) {
        kind.delete(handle, queued);
      }
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(
          table,
          handle
              .createQuery("SELECT COUNT(*) FROM " + table + " WHERE team_id = :teamId")
              .bind("teamId", teamId)
              .mapTo(Integer.class)
              .one());
      if (delete) {
        handle
            .createUpdate("DELETE FROM " + table + " WHERE team_id = :teamId")
            .bind("teamId", teamId)
            .execute();
      }
    }
    counts.putAll(tasks);
    return counts;
  }
}
