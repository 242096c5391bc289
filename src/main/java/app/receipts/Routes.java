package app.receipts;

import app.receipts.capture.CaptureIds;
import app.receipts.capture.CompetencySuggester;
import app.receipts.capture.DeleteSubcommand;
import app.receipts.capture.EditSubcommand;
import app.receipts.capture.ListSubcommand;
import app.receipts.capture.UndoWinAction;
import app.receipts.capture.WinCommand;
import app.receipts.capture.WinModalSubmission;
import app.receipts.evidence.ConsentActions;
import app.receipts.evidence.EvidenceIds;
import app.receipts.evidence.PraiseFollowUp;
import app.receipts.evidence.PraiseModalSubmission;
import app.receipts.evidence.SavePraiseShortcut;
import app.receipts.home.HomeActions;
import app.receipts.home.HomeIds;
import app.receipts.home.HomeModals;
import app.receipts.mydata.ExportJob;
import app.receipts.mydata.ExportSubcommand;
import app.receipts.mydata.ForgetMe;
import app.receipts.packet.PacketIds;
import app.receipts.packet.PacketSubcommand;
import app.receipts.packet.RetryPacketAction;
import app.receipts.reminders.FollowUpActions;
import app.receipts.reminders.NudgeActions;
import app.receipts.reminders.RemindSubcommand;
import app.receipts.reminders.ReminderIds;
import app.receipts.reminders.ReviewSubcommand;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppUninstalledEvent;
import com.slack.api.model.event.TokensRevokedEvent;
import java.util.List;

/** Every Slack command, shortcut, action, submission and event, routed to its handler. */
final class Routes {
  private Routes() {}

  static void register(App app, Services s) {
    ForgetMe forgetMe = new ForgetMe(s.userData(), s.database().jdbi(), s.messenger());
    ExportSubcommand export = new ExportSubcommand(s.exports());
    app.command(
        CaptureIds.COMMAND,
        new WinCommand(
            s.capture(),
            s.people(),
            List.of(
                new ListSubcommand(s.reads()),
                new EditSubcommand(s.edit()),
                new DeleteSubcommand(s.entries()),
                new PacketSubcommand(s.packets(), s.people()),
                new RemindSubcommand(s.reminders()),
                new ReviewSubcommand(s.reminders(), s.clock()),
                export,
                forgetMe)));
    app.viewSubmission(
        CaptureIds.MODAL,
        new WinModalSubmission(s.wins(), s.people(), s.messenger(), s.executor()));
    app.blockAction(CaptureIds.EDIT_BUTTON, s.edit());
    app.blockAction(CaptureIds.UNDO_BUTTON, new UndoWinAction(s.entries()));
    app.viewSubmission(ForgetMe.MODAL, forgetMe.confirmed());
    app.blockAction(ExportJob.RETRY_BUTTON, export.retry());

    ConsentActions consent = new ConsentActions(s.praise());
    app.messageShortcut(
        EvidenceIds.SHORTCUT,
        new SavePraiseShortcut(s.praise(), s.people(), new CompetencySuggester()));
    app.viewSubmission(
        EvidenceIds.MODAL,
        new PraiseModalSubmission(
            s.praise(),
            new PraiseFollowUp(s.praise(), s.messenger(), s.clients()),
            s.people(),
            s.executor()));
    app.blockAction(EvidenceIds.KEEP, consent.keep());
    app.blockAction(EvidenceIds.DISCARD, consent.discard());

    HomeActions home = new HomeActions(s.home(), s.reads(), s.entries(), s.edit(), s.capture());
    HomeModals modals = new HomeModals(s.packets(), s.reminders(), s.people(), s.home());
    app.event(AppHomeOpenedEvent.class, home.opened());
    app.blockAction(HomeIds.OLDER, home.page());
    app.blockAction(HomeIds.NEWER, home.page());
    app.blockAction(HomeIds.LOG_WIN, home.logWin());
    app.blockAction(HomeIds.ENTRY_MENU, home.entryMenu());
    app.viewSubmission(HomeIds.DELETE_MODAL, home.confirmDelete());
    app.blockAction(HomeIds.BUILD_PACKET, modals.openPacket());
    app.viewSubmission(HomeIds.PACKET_MODAL, modals.submitPacket());
    app.blockAction(HomeIds.REMINDER_SETTINGS, modals.openReminders());
    app.viewSubmission(HomeIds.REMINDER_MODAL, modals.submitReminders());

    RetryPacketAction buildPacket = new RetryPacketAction(s.packets());
    app.blockAction(PacketIds.RETRY_BUTTON, buildPacket);
    app.blockAction(ReminderIds.BUILD_PACKET, buildPacket);
    NudgeActions nudges = new NudgeActions(s.reminders(), s.capture());
    app.blockAction(ReminderIds.LOG_WIN, nudges.logWin());
    app.blockAction(ReminderIds.NOTHING, nudges.nothingThisWeek());
    app.blockAction(ReminderIds.SNOOZE, nudges.snooze());
    app.blockAction(ReminderIds.PAUSE, nudges.pauseTwoWeeks());
    app.blockAction(HomeIds.REMINDER_PAUSE, modals.pauseFromModal());
    app.blockAction(HomeIds.REMINDER_RESUME, modals.resumeFromModal());
    FollowUpActions followUps = new FollowUpActions(s.edit(), s.reads(), s.reminders(), s.clock());
    app.blockAction(ReminderIds.FOLLOWUP_ADD_METRIC, followUps.addMetric());
    app.blockAction(ReminderIds.FOLLOWUP_NO_NUMBER, followUps.noNumber());

    app.event(AppUninstalledEvent.class, s.uninstalls().appUninstalled());
    app.event(TokensRevokedEvent.class, s.uninstalls().tokensRevoked());
  }
}
