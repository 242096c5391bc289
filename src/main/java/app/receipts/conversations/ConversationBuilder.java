package app.receipts.conversations;

import app.receipts.entries.Entry;
import app.receipts.entries.EntryReads;
import app.receipts.packet.EvidenceRanking;
import app.receipts.packet.PdfDocuments;
import app.receipts.packet.Period;
import app.receipts.slack.DisplayNames;
import app.receipts.slack.SlackMarkup;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Builds a stored request into its documents from the owner's entries of the period alone: names
 * are looked up in Slack first, then everything else is deterministic.
 */
final class ConversationBuilder {
  private final EntryReads reads;
  private final DisplayNames names;
  private final RebuttalCompiler rebuttals;
  private final BonusCompiler bonuses;
  private final RebuttalMarkdown rebuttalMarkdown = new RebuttalMarkdown();
  private final BonusMarkdown bonusMarkdown = new BonusMarkdown();
  private final ConversationBlocks blocks = new ConversationBlocks();
  private final PdfDocuments pdf = new PdfDocuments();

  /** {@code names} may be null (benchmarks, no Slack): people then show as "a teammate". */
  ConversationBuilder(
      EntryReads reads, DisplayNames names, Supplier<EvidenceRanking.Reading> strongest) {
    this.reads = reads;
    this.names = names;
    this.rebuttals = new RebuttalCompiler(strongest);
    this.bonuses = new BonusCompiler(strongest);
  }

  Documents build(ConversationRequestDao.Request request) {
    Period period = Period.named(request.periodStart(), request.periodEnd(), request.periodSlug());
    Inputs inputs = Inputs.fromJson(request.inputs());
    List<Entry> entries =
        reads.between(request.teamId(), request.userId(), period.start(), period.end());
    return build(
        Kind.valueOf(request.kind()), request.teamId(), request.userId(), period, inputs, entries);
  }

  Documents build(
      Kind kind, String teamId, String userId, Period period, Inputs inputs, List<Entry> entries) {
    Names people = people(teamId, userId, entries, inputs);
    String person = people.names().get(userId);
    if (person == null || person.equals(userId)) {
      person = "Me";
    }
    return switch (kind) {
      case REBUTTAL -> {
        String manager = inputs.managerId() == null ? null : people.name(inputs.managerId());
        Rebuttal rebuttal =
            rebuttals.compile(
                person, period, manager, inputs.points(), inputs.growth(), entries, people);
        String markdown = rebuttalMarkdown.render(rebuttal);
        yield new Documents(
            blocks.text(kind, period),
            blocks.rebuttal(rebuttal),
            kind.fileName(period, "md"),
            markdown,
            kind.fileName(period, "pdf"),
            pdf.render(kind.title() + " " + period.label(), markdown));
      }
      case BONUS -> {
        BonusCase bonus =
            bonuses.compile(person, period, inputs.goals(), inputs.ask(), entries, people);
        BonusMarkdown.Texts texts = bonusMarkdown.render(bonus);
        yield new Documents(
            blocks.text(kind, period),
            blocks.bonus(bonus),
            kind.fileName(period, "md"),
            texts.markdown(),
            kind.fileName(period, "pdf"),
            pdf.render(kind.title() + " " + period.label(), texts.printable()));
      }
    };
  }

  /** The owner, the manager, praise authors and everyone praise mentions, looked up once each. */
  private Names people(String teamId, String userId, List<Entry> entries, Inputs inputs) {
    Set<String> ids = new LinkedHashSet<>();
    ids.add(userId);
    if (inputs.managerId() != null) {
      ids.add(inputs.managerId());
    }
    for (Entry entry : entries) {
      if (entry.kind() == Entry.Kind.PRAISE) {
        if (entry.authorUserId() != null && !entry.authorUserId().isBlank()) {
          ids.add(entry.authorUserId());
        }
        ids.addAll(SlackMarkup.mentions(entry.text()));
      }
    }
    Map<String, String> known = new HashMap<>();
    if (names != null) {
      ids.forEach(id -> known.put(id, names.of(teamId, id)));
    }
    return new Names(userId, known);
  }
}
