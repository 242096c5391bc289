package app.receipts.mydata;

import app.receipts.Shared;
import app.receipts.slack.Feature;
import app.receipts.slack.Subcommand;
import com.slack.api.bolt.App;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Jdbi;

/** A person's own data: /win export and /win forget-me with its confirmation. */
public final class MyDataFeature implements Feature {
  private final ExportSubcommand export;
  private final ForgetMe forgetMe;

  /**
   * {@code stores}: other features' data about a person, deleted and listed by forget-me after
   * their entries and before their queued exports and profile. {@code afterForget}: told (team,
   * user) once a forget-me is committed.
   */
  public MyDataFeature(
      Shared shared, List<UserData> stores, List<BiConsumer<String, String>> afterForget) {
    Jdbi jdbi = shared.database().jdbi();
    ExportJob exports =
        new ExportJob(
            jdbi,
            shared.reads(),
            shared.messenger(),
            shared.deliveries(),
            shared.jobs(),
            shared.clock(),
            shared.names());
    List<UserData> all = new ArrayList<>();
    all.add(UserData.of("entries", shared.entries()::forget));
    all.addAll(stores);
    all.add(exports.queued());
    all.add(UserData.of("profile", shared.people()::forget));
    this.export = new ExportSubcommand(exports);
    this.forgetMe = new ForgetMe(all, jdbi, shared.messenger(), shared.answers(), afterForget);
  }

  public List<Subcommand> subcommands() {
    return List.of(export, forgetMe);
  }

  @Override
  public void register(App app) {
    app.viewSubmission(ForgetMe.MODAL, forgetMe.confirmed());
    app.blockAction(ExportJob.RETRY_BUTTON, export.retry());
  }
}
