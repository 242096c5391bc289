package app.receipts.install;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * One kind of task the scheduler runs, and which of its queued instances belong to a workspace.
 * Each kind's own id type says so: reminders and exports name the team in the id, packet and
 * conversation jobs only their request row.
 */
record TeamTasks(String taskName, BiFunction<Handle, String, List<String>> queuedOf) {

  /** A kind whose ids of one workspace all match {@code likeTeam}'s SQL LIKE pattern. */
  static TeamTasks matching(String taskName, Function<String, String> likeTeam) {
    return new TeamTasks(
        taskName,
        (handle, teamId) ->
            handle
                .createQuery(
                    "SELECT task_instance FROM scheduled_tasks WHERE task_name = :task"
                        + " AND task_instance LIKE :pattern ORDER BY task_instance")
                .bind("task", taskName)
                .bind("pattern", likeTeam.apply(teamId))
                .mapTo(String.class)
                .list());
  }

  /**
   * A kind whose ids name a request row: {@code idsOf} gives the id of every job the workspace's
   * rows have or had. Read before the rows are deleted.
   */
  static TeamTasks ofRequests(String taskName, BiFunction<Handle, String, Set<String>> idsOf) {
    return new TeamTasks(
        taskName,
        (handle, teamId) -> {
          Set<String> team = idsOf.apply(handle, teamId);
          return handle
              .createQuery(
                  "SELECT task_instance FROM scheduled_tasks WHERE task_name = :task"
                      + " ORDER BY task_instance")
              .bind("task", taskName)
              .mapTo(String.class)
              .list()
              .stream()
              .filter(team::contains)
              .toList();
        });
  }

  /** This workspace's instances of the kind queued now, running ones included. */
  List<String> queued(Handle handle, String teamId) {
    return queuedOf.apply(handle, teamId);
  }

  void delete(Handle handle, List<String> instances) {
    if (instances.isEmpty()) {
      return;
    }
    PreparedBatch batch =
        handle.prepareBatch(
            "DELETE FROM scheduled_tasks WHERE task_name = :task AND task_instance = :instance");
    for (String instance : instances) {
      batch.bind("task", taskName).bind("instance", instance).add();
    }
    batch.execute();
  }
}
