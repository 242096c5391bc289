package app.receipts.home;

import app.receipts.Shared;
import app.receipts.capture.CaptureFeature;
import app.receipts.entries.EntryReads;
import app.receipts.packet.PacketFeature;
import app.receipts.people.HomeViewers;
import app.receipts.people.People;
import app.receipts.reminders.Reminders;
import app.receipts.slack.Feature;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;

/** App Home: the page, its paging and entry menu, and the packet and reminder modals it opens. */
public final class HomeFeature implements Feature {
  private final HomePublisher publisher;
  private final HomeActions actions;
  private final HomeModals modals;

  /** Home shows reminder settings, opens the packet and win modals, and edits through capture. */
  public HomeFeature(
      Shared shared, Reminders reminders, PacketFeature packets, CaptureFeature capture) {
    EntryReads reads = shared.reads();
    People people = shared.people();
    this.publisher =
        new HomePublisher(
            reads,
            people,
            HomeViewers.open(shared.database(), shared.clock()),
            reminders,
            shared.clients(),
            shared.executor());
    this.actions =
        new HomeActions(
            publisher, reads, shared.entries(), capture.edit(), capture.flow(), capture.pins());
    this.modals = new HomeModals(packets, reminders, people, publisher, shared.answers());
  }

  /** After forget-me committed: their Home says nothing of theirs is kept. */
  public void forgotten(String teamId, String userId) {
    publisher.forgotten(teamId, userId);
  }

  /** Republishes the person's Home when they have it open; for whatever changed their entries. */
  public void refreshIfViewed(String teamId, String userId) {
    publisher.refreshIfViewed(teamId, userId);
  }

  @Override
  public void register(App app) {
    app.event(AppHomeOpenedEvent.class, actions.opened());
    app.blockAction(HomeIds.OLDER, actions.page());
    app.blockAction(HomeIds.NEWER, actions.page());
    app.blockAction(HomeIds.LOG_WIN, actions.logWin());
    app.blockAction(HomeIds.ENTRY_MENU, actions.entryMenu());
    app.viewSubmission(HomeIds.DELETE_MODAL, actions.confirmDelete());
    app.blockAction(HomeIds.BUILD_PACKET, modals.openPacket());
    app.viewSubmission(HomeIds.PACKET_MODAL, modals.submitPacket());
    app.blockAction(HomeIds.REMINDER_SETTINGS, modals.openReminders());
    app.viewSubmission(HomeIds.REMINDER_MODAL, modals.submitReminders());
    app.blockAction(HomeIds.REMINDER_PAUSE, modals.pauseFromModal());
    app.blockAction(HomeIds.REMINDER_RESUME, modals.resumeFromModal());
  }
}
