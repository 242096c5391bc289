package app.receipts.evidence;

import app.receipts.Shared;
import app.receipts.entries.PraiseEntries;
import app.receipts.mydata.UserData;
import app.receipts.people.People;
import app.receipts.slack.Feature;
import app.receipts.slack.Messenger;
import app.receipts.slack.SlackClients;
import com.slack.api.bolt.App;
import java.util.concurrent.Executor;

/**
 * The "Save as evidence" message shortcut, its modal, the owner's keep/discard buttons, and the
 * owner's edits of kept praise.
 */
public final class EvidenceFeature implements Feature {
  private final PraiseService praise;
  private final PraiseEditor editor = new PraiseEditor();
  private final PraiseEntries entries;
  private final People people;
  private final Messenger messenger;
  private final SlackClients clients;
  private final Executor answers;

  public EvidenceFeature(Shared shared) {
    this.entries = shared.entries().praise();
    this.praise = new PraiseService(shared.database().jdbi(), entries, shared.clock());
    this.people = shared.people();
    this.messenger = shared.messenger();
    this.clients = shared.clients();
    this.answers = shared.answers();
  }

  /** Opens the edit modal on kept praise, for /win edit and App Home. */
  public PraiseEditor editor() {
    return editor;
  }

  /** For forget-me: praise drafts the person opened and never submitted. */
  public UserData userData() {
    return UserData.of("unsent praise drafts", praise::forgetDrafts);
  }

  @Override
  public void register(App app) {
    ConsentActions consent = new ConsentActions(praise, answers);
    app.messageShortcut(EvidenceIds.SHORTCUT, new SavePraiseShortcut(praise, people));
    app.viewSubmission(
        EvidenceIds.MODAL,
        new PraiseModalSubmission(
            praise, new PraiseFollowUp(praise, messenger, clients), people, answers));
    app.viewSubmission(
        EvidenceIds.EDIT_MODAL, new PraiseEditSubmission(entries, messenger, answers));
    app.blockAction(EvidenceIds.KEEP, consent.keep());
    app.blockAction(EvidenceIds.DISCARD, consent.discard());
  }
}
