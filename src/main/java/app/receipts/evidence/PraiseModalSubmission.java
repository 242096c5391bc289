package app.receipts.evidence;

import app.receipts.people.People;
import app.receipts.slack.Metadata;
import app.receipts.slack.NotSavedException;
import app.receipts.slack.UserFacingException;
import app.receipts.slack.Views;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.util.Map;
import java.util.concurrent.Executor;

/** Stores the kept message at once, then links it and tells the people involved. */
final class PraiseModalSubmission implements ViewSubmissionHandler {
  private final PraiseService praise;
  private final PraiseFollowUp followUp;
  private final People people;
  private final Executor executor;

  PraiseModalSubmission(
      PraiseService praise, PraiseFollowUp followUp, People people, Executor executor) {
    this.praise = praise;
    this.followUp = followUp;
    this.people = people;
    this.executor = executor;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    String teamId = ctx.getTeamId();
    String saverId = ctx.getRequestUserId();
    View view = req.getPayload().getView();
    String draftId =
        Metadata.read(view.getPrivateMetadata(), PraiseModalMetadata.class)
            .map(PraiseModalMetadata::draftId)
            .orElse(null);
    PraiseDraft draft =
        praise
            .draft(draftId, teamId, saverId)
            .orElseThrow(
                () ->
                    new UserFacingException(
                        "This save has expired or isn't yours. Use *Save as evidence* on the"
                            + " message again."));
    PraiseModal.Choice choice = PraiseModal.read(view.getState(), saverId);
    if (choice.competency() == null) {
      return ctx.ackWithErrors(
          Views.fieldErrors(Map.of(EvidenceIds.COMPETENCY_BLOCK, "Pick the competency it shows.")));
    }
    if (choice.note() != null && choice.note().length() > 3000) {
      return ctx.ackWithErrors(
          Views.fieldErrors(
              Map.of(EvidenceIds.NOTE_BLOCK, "Keep the note under 3000 characters.")));
    }
    PraiseService.Saved saved;
    try {
      saved =
          praise.save(
              draft,
              choice.ownerId(),
              choice.competency(),
              choice.note(),
              MessageDay.of(
                  draft.messageTs(),
                  people.zone(teamId, choice.ownerId()),
                  people.today(teamId, choice.ownerId())));
    } catch (NotSavedException e) {
      // the modal stays open with the person's choices, so submitting again is one click
      return ctx.ackWithErrors(
          Views.fieldErrors(Map.of(EvidenceIds.COMPETENCY_BLOCK, e.getMessage())));
    }
    executor.execute(() -> followUp.after(draft, saved));
    return ctx.ack();
  }
}
